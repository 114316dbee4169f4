namespace Drucksachen.Persistence.PostgreSql.Search;

/// <summary>
/// The database's own search structures on PostgreSQL (not part of the EF model; only the
/// database writes them, <see cref="PostgreSqlPaperSearch"/> reads them with SQL).
/// <list type="bullet">
/// <item><c>PublicPaperSearch</c> holds the search data of released public papers,
/// <c>InternalPaperSearch</c> that of every other paper; a trigger on <c>Papers</c> keeps each paper
/// in the one table its visibility puts it in. A search for someone who sees public papers only
/// reads the public table alone, so its work is a function of public content: a word found only in
/// hidden papers costs what a word found nowhere costs. Both live beside <c>Papers</c>, not in it,
/// so that a workflow action, which rewrites the paper's row, does not re-index its text.</item>
/// <item>Per paper: number and title as one text (a line break between them, which no search text
/// holds), matched with <c>ILIKE '%…%'</c> through a trigram index (pg_trgm): any part,
/// case-insensitive with umlauts (the database's UTF-8 locale folds them).</item>
/// <item>The words of number, title and section text twice: as written (<c>Words</c>, the
/// <c>simple</c> configuration: lower case, every word) and stemmed (<c>Stems</c>, German Snowball
/// stemming without stop words, so "die" and "aus" stay searchable and phrase positions match).
/// Words are the runs of letters and digits, everything else separates them, as in SQLite's
/// unicode61 tokenizer: PostgreSQL's parser alone would keep "1803/22" or "stadt.de" whole.</item>
/// <item>The word lists are kept out of the table's rows (TOAST from 128 bytes on), so that reading
/// the hits of a word, which the index answers alone, reads narrow rows.</item>
/// <item>The trigger functions run as the schema owner (SECURITY DEFINER), so the application's
/// role needs no write access to the search tables. <c>drucksachen_compact_search</c> merges the
/// GIN indexes' pending lists, which only their owner may do, for the application to call.</item>
/// </list>
/// Needs a UTF-8 database whose character type (LC_CTYPE) knows letters beyond ASCII (e.g.
/// de_DE.UTF-8 or C.UTF-8): with C or POSIX, umlauts would neither fold nor count as letters;
/// <see cref="Up"/> refuses such a database with a message that says so.
/// </summary>
public static class SearchSchema
{
    /// <summary>Creates the search tables, their indexes and triggers, and indexes the papers there are.</summary>
    public static string Up => $"""
        DO $check$
        DECLARE
            ctype text := (SELECT datctype FROM pg_database WHERE datname = current_database());
        BEGIN
            IF current_setting('server_encoding') <> 'UTF8' OR ctype NOT ILIKE '%.utf%8' THEN
                RAISE EXCEPTION 'Die Datenbank % braucht die Kodierung UTF8 und eine UTF-8-Locale (z. B. de_DE.UTF-8 oder C.UTF-8) für die Suche; sie hat % mit LC_CTYPE %. Legen Sie sie mit CREATE DATABASE … ENCODING ''UTF8'' LC_CTYPE ''de_DE.UTF-8'' LC_COLLATE ''de_DE.UTF-8'' TEMPLATE template0 an.',
                    current_database(), current_setting('server_encoding'), ctype;
            END IF;
        END
        $check$;

        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE TEXT SEARCH DICTIONARY drucksachen_german_stem (TEMPLATE = snowball, Language = german);
        CREATE TEXT SEARCH CONFIGURATION drucksachen_german (COPY = german);
        ALTER TEXT SEARCH CONFIGURATION drucksachen_german
            ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part WITH drucksachen_german_stem;

        -- Words are the runs of letters and digits, here separated by single spaces.
        CREATE FUNCTION drucksachen_words(text text) RETURNS text
        IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
            SELECT btrim(regexp_replace(text, '[^[:alnum:]]+', ' ', 'g'))
        $$;
        {SearchWordsFunction}
        -- A search text as a query of its words in this order, the last one as the beginning of a
        -- word ('mängel' <-> 'die' <-> 'aus':*); to_tsquery applies a configuration's dictionaries to
        -- each. Null for a text without words, which then matches nothing.
        CREATE FUNCTION drucksachen_search_query(text text) RETURNS text
        IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
            SELECT string_agg(quote_literal(w.word) || CASE WHEN w.n = w.last THEN ':*' ELSE '' END, ' <-> ' ORDER BY w.n)
            FROM (SELECT word, n, count(*) OVER () AS last
                  FROM regexp_split_to_table(drucksachen_words(text), ' ') WITH ORDINALITY AS s(word, n) WHERE word <> '') AS w
        $$;

        {Table("PublicPaperSearch")}
        {Table("InternalPaperSearch")}

        CREATE FUNCTION drucksachen_index_paper() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                DELETE FROM "PublicPaperSearch" WHERE "PaperId" = OLD."Id";
                DELETE FROM "InternalPaperSearch" WHERE "PaperId" = OLD."Id";
            END IF;
            IF {IsPublic("NEW")} THEN
                INSERT INTO "PublicPaperSearch" SELECT {Row("NEW")} FROM {Words("NEW")};
            ELSE
                INSERT INTO "InternalPaperSearch" SELECT {Row("NEW")} FROM {Words("NEW")};
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER "Papers_Search_Insert" AFTER INSERT ON "Papers"
            FOR EACH ROW EXECUTE FUNCTION drucksachen_index_paper();
        CREATE TRIGGER "Papers_Search_Update" AFTER UPDATE OF "Number", "Title", "Sections", "ReleasedAt", "IsPublic" ON "Papers"
            FOR EACH ROW WHEN (OLD."Number" IS DISTINCT FROM NEW."Number" OR OLD."Title" IS DISTINCT FROM NEW."Title"
                OR OLD."Sections" IS DISTINCT FROM NEW."Sections" OR OLD."ReleasedAt" IS DISTINCT FROM NEW."ReleasedAt"
                OR OLD."IsPublic" IS DISTINCT FROM NEW."IsPublic")
            EXECUTE FUNCTION drucksachen_index_paper();

        INSERT INTO "PublicPaperSearch" SELECT {Row("p")} FROM "Papers" AS p, {Words("p")} WHERE {IsPublic("p")};
        INSERT INTO "InternalPaperSearch" SELECT {Row("p")} FROM "Papers" AS p, {Words("p")} WHERE NOT ({IsPublic("p")});

        -- The pages moved from the pending lists into the indexes.
        CREATE FUNCTION drucksachen_compact_search() RETURNS bigint
        LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT coalesce(sum(gin_clean_pending_list(i.indexrelid)), 0)::bigint
            FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid JOIN pg_am AS a ON a.oid = c.relam
            WHERE i.indrelid IN ('"PublicPaperSearch"'::regclass, '"InternalPaperSearch"'::regclass) AND a.amname = 'gin'
        $$;
        """;

    /// <summary>
    /// The words of a paper's number, title and sections (in the order the JSON holds them). In
    /// PL/pgSQL, which keeps its statement's plan for the session: a SQL function with a subquery
    /// is not inlined, and was planned anew for every paper the triggers index, which was a third
    /// of the time an import spent indexing.
    /// </summary>
    public const string SearchWordsFunction = """
        CREATE OR REPLACE FUNCTION drucksachen_search_words(number text, title text, sections text) RETURNS text
        IMMUTABLE PARALLEL SAFE LANGUAGE plpgsql AS $$
        BEGIN
            RETURN drucksachen_words(concat_ws(' ', number, title, (SELECT string_agg(value, ' ') FROM json_each_text(sections::json))));
        END
        $$;
        """;

    /// <summary>Removes what <see cref="Up"/> made (the pg_trgm extension stays: others may use it).</summary>
    public static string Down => """
        DROP FUNCTION drucksachen_compact_search();
        DROP TRIGGER "Papers_Search_Update" ON "Papers";
        DROP TRIGGER "Papers_Search_Insert" ON "Papers";
        DROP FUNCTION drucksachen_index_paper();
        DROP TABLE "InternalPaperSearch";
        DROP TABLE "PublicPaperSearch";
        DROP FUNCTION drucksachen_search_query(text);
        DROP FUNCTION drucksachen_search_words(text, text, text);
        DROP FUNCTION drucksachen_words(text);
        DROP TEXT SEARCH CONFIGURATION drucksachen_german;
        DROP TEXT SEARCH DICTIONARY drucksachen_german_stem;
        """;

    // The access rule for the public (PaperAccess), on a row of Papers.
    private static string IsPublic(string row) => $"""{row}."ReleasedAt" IS NOT NULL AND {row}."IsPublic" """;

    // A search table's row for a row of Papers (NEW in the trigger, p in a query), with w.words from Words.
    private static string Row(string row) =>
        $"""{row}."Id", concat_ws(E'\n', {row}."Number", {row}."Title"), to_tsvector('simple', w.words), to_tsvector('drucksachen_german', w.words)""";

    private static string Words(string row) =>
        $"""drucksachen_search_words({row}."Number", {row}."Title", {row}."Sections") AS w(words)""";

    private static string Table(string name) => $"""
        CREATE TABLE "{name}" (
            "PaperId" uuid NOT NULL CONSTRAINT "PK_{name}" PRIMARY KEY
                CONSTRAINT "FK_{name}_Papers_PaperId" REFERENCES "Papers" ("Id") ON DELETE CASCADE,
            "NumberAndTitle" text NOT NULL,
            "Words" tsvector NOT NULL,
            "Stems" tsvector NOT NULL
        ) WITH (toast_tuple_target = 128);
        CREATE INDEX "IX_{name}_NumberAndTitle" ON "{name}" USING gin ("NumberAndTitle" gin_trgm_ops);
        CREATE INDEX "IX_{name}_Words" ON "{name}" USING gin ("Words");
        CREATE INDEX "IX_{name}_Stems" ON "{name}" USING gin ("Stems");
        """;
}
