namespace Drucksachen.Persistence.Sqlite.Tests.TestSupport;

/// <summary>A SQLite database named by its connection string, as the product's registration would make it.</summary>
public static class SqliteLocation
{
    public static DatabaseLocation For(string connectionString) => new(new SqliteDatabaseProvider(), connectionString, IsDefault: false);
}
