using Drucksachen.Persistence;
using Npgsql;

namespace Drucksachen.Benchmarks;

/// <summary>
/// 1,000,000 papers on PostgreSQL without taking each through the use cases (which would take
/// hours): a copy of the 100,000 papers of <see cref="WebBenchmarkData"/> and nine more copies of
/// them made by SQL, copy k numbered after the first, 9,100·k on in each year (so 91,000 papers a
/// year, "12345/19" as the number format {n:0000}/{yy} writes it), with its own ids and the number in the title
/// ("(412345)"). Papers, workflow instances and consultations are copied; the database's own
/// triggers write the search tables as for every paper. History entries and documents are not
/// copied: lists and searches do not read them (this database is for those benchmarks only, and
/// `verify` would reject it). The secondary indexes of the tables written are dropped before and
/// made again after, with their definitions as the database holds them.
/// </summary>
public static class PostgreSqlCopies
{
    public const int Factor = 10;

    private const string Tables = """ '"Papers"'::regclass, '"Consultations"'::regclass, '"WorkflowInstances"'::regclass, '"PublicPaperSearch"'::regclass, '"InternalPaperSearch"'::regclass """;

    // The copy's id for a row of copy k: the same for the paper and the rows that refer to it.
    private const string Id = """md5(k::text || {0}::text)::uuid""";

    public static string Sql => $$"""
        CREATE TEMP TABLE secondary AS
            SELECT pg_get_indexdef(i.indexrelid) AS definition, i.indexrelid::regclass::text AS name
            FROM pg_index AS i WHERE i.indrelid IN ({{Tables}}) AND NOT i.indisunique AND NOT i.indisprimary;
        DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT name FROM secondary LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP;
        END $$;

        CREATE TEMP TABLE copies AS SELECT k FROM generate_series(1, {{Factor - 1}}) AS k;
        INSERT INTO "Papers" ("Id", "Type", "Title", "LeadOffice", "Author", "Date", "IsPublic", "Signature", "Sections",
            "Attachments", "Cosigners", "Number", "ReleasedAt", "NumberSeries", "NumberYear", "NumberSequence", "State",
            "IsFinished", "Deadline", "Version", "HistoryHead", "HistoryCount", "CreatedAt", "ModifiedAt")
        SELECT {{string.Format(Id, "p.\"Id\"")}}, p."Type",
            regexp_replace(p."Title", '\(\d+\)$', '(' || (substring(p."Title" from '\((\d+)\)$')::int + {{WebBenchmarkData.Papers}} * k) || ')'),
            p."LeadOffice", p."Author", p."Date", p."IsPublic", p."Signature", p."Sections", p."Attachments", p."Cosigners",
            {{Padded($"p.\"NumberSequence\" + {WebBenchmarkData.PerYear} * k", 4)}} || '/' || {{Padded("p.\"NumberYear\" % 100", 2)}},
            p."ReleasedAt", p."NumberSeries", p."NumberYear", p."NumberSequence" + {{WebBenchmarkData.PerYear}} * k, p."State",
            p."IsFinished", p."Deadline", p."Version", p."HistoryHead", p."HistoryCount", p."CreatedAt", p."ModifiedAt"
        FROM "Papers" AS p, copies
        ORDER BY k, p."NumberYear", p."NumberSequence";
        INSERT INTO "WorkflowInstances" ("PaperId", "DefinitionName", "DefinitionVersion", "InstanceJson", "NextDueAt")
        SELECT {{string.Format(Id, "w.\"PaperId\"")}}, w."DefinitionName", w."DefinitionVersion", w."InstanceJson", w."NextDueAt"
        FROM "WorkflowInstances" AS w, copies;
        INSERT INTO "Consultations" ("Id", "PaperId", "Position", "Body", "Date", "IsPublic", "Role", "Origin", "Outcome", "OutcomeDate", "Vote", "Note")
        SELECT {{string.Format(Id, "c.\"Id\"")}}, {{string.Format(Id, "c.\"PaperId\"")}}, c."Position", c."Body", c."Date", c."IsPublic",
            c."Role", c."Origin", c."Outcome", c."OutcomeDate", c."Vote", c."Note"
        FROM "Consultations" AS c, copies;

        DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT definition FROM secondary LOOP EXECUTE r.definition; END LOOP;
        END $$;
        """;

    // The number as .NET's format "0000" writes it: at least that many digits (lpad alone would cut longer ones).
    private static string Padded(string number, int digits) => $"lpad(({number})::text, greatest({digits}, length(({number})::text)), '0')";

    /// <summary>Makes the database <paramref name="name"/> from <paramref name="source"/> (100,000 papers) and the copies.</summary>
    public static void Make(DatabaseSettings source, string name)
    {
        BenchmarkDatabases.ReleaseConnections(source);
        BenchmarkDatabases.Drop(name);
        BenchmarkDatabases.Copy(new NpgsqlConnectionStringBuilder(source.ConnectionString).Database!, name);
        using var connection = new NpgsqlConnection(BenchmarkDatabases.PostgreSql(name));
        connection.Open();
        foreach (var sql in new[] { Sql, "VACUUM ANALYZE" })
        {
            using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            command.ExecuteNonQuery();
        }
    }
}
