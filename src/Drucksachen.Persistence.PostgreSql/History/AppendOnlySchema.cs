namespace Drucksachen.Persistence.PostgreSql.History;

/// <summary>
/// History entries are append-only and document versions immutable, enforced by the database as on
/// SQLite (the Initial migration there): triggers refuse every UPDATE and DELETE of a row, the state
/// commitment column included, and TRUNCATE, which row triggers would not see. Whoever owns the
/// tables can disable triggers (ALTER TABLE … DISABLE TRIGGER), so the application's role must not
/// own them; README (Security, PostgreSQL) lists the grants.
/// </summary>
public static class AppendOnlySchema
{
    /// <summary>
    /// The SQLSTATE of a refused change (restrict_violation, an integrity constraint violation like
    /// SQLite's RAISE(ABORT) in a trigger).
    /// </summary>
    public const string RefusedChange = "23001";

    public static string Up => $"""
        CREATE FUNCTION drucksachen_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = '{RefusedChange}', MESSAGE = TG_ARGV[0];
        END
        $$;
        {Refuse("HistoryEntries", "history entries are append-only")}
        {Refuse("DocumentVersions", "document versions are immutable")}
        """;

    public static string Down => $"""
        {Allow("DocumentVersions")}
        {Allow("HistoryEntries")}
        DROP FUNCTION drucksachen_refuse_change();
        """;

    /// <summary>The same for the meetings' history and documents.</summary>
    public static string MeetingsUp => $"""
        {Refuse("MeetingHistoryEntries", "history entries are append-only")}
        {Refuse("MeetingDocuments", "document versions are immutable")}
        """;

    public static string MeetingsDown => $"""
        {Allow("MeetingDocuments")}
        {Allow("MeetingHistoryEntries")}
        """;

    private static string Refuse(string table, string message) => $"""
        CREATE TRIGGER "{table}_NoChange" BEFORE UPDATE OR DELETE ON "{table}"
            FOR EACH ROW EXECUTE FUNCTION drucksachen_refuse_change('{message}');
        CREATE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}"
            FOR EACH STATEMENT EXECUTE FUNCTION drucksachen_refuse_change('{message}');
        """;

    private static string Allow(string table) => $"""
        DROP TRIGGER "{table}_NoTruncate" ON "{table}";
        DROP TRIGGER "{table}_NoChange" ON "{table}";
        """;
}
