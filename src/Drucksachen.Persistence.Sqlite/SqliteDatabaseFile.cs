using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>
/// SQLite's database file: without <c>ConnectionStrings:Drucksachen</c>, <see cref="DefaultFile"/>,
/// one file per operating-system user whatever the working directory, so web application and
/// command line see the same papers.
/// </summary>
public static class SqliteDatabaseFile
{
    /// <summary>drucksachen.db in the user's data folder: $XDG_DATA_HOME/Drucksachen (~/.local/share/Drucksachen) on Linux, %LOCALAPPDATA%\Drucksachen on Windows.</summary>
    public static string DefaultFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "Drucksachen", "drucksachen.db");

    /// <summary>The connection string of the default file (its folder created).</summary>
    public static string DefaultConnectionString()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DefaultFile)!);
        return new SqliteConnectionStringBuilder { DataSource = DefaultFile }.ToString();
    }

    /// <summary>The database file as a full path (relative names count from the working directory, as SQLite reads them).</summary>
    public static string PathOf(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString).DataSource is var source
        && source.Length > 0 && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetFullPath(source)
            : source;
}
