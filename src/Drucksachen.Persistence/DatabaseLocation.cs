using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence;

/// <summary>
/// The database the web application and the command line work on: <c>ConnectionStrings:Drucksachen</c>
/// when configured, else <see cref="DefaultFile"/>, one file per operating-system user whatever the
/// working directory, so both hosts see the same papers. Both print <see cref="File"/> at start.
/// </summary>
public sealed record DatabaseLocation(string ConnectionString, bool IsDefault)
{
    /// <summary>drucksachen.db in the user's data folder: $XDG_DATA_HOME/Drucksachen (~/.local/share/Drucksachen) on Linux, %LOCALAPPDATA%\Drucksachen on Windows.</summary>
    public static string DefaultFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "Drucksachen", "drucksachen.db");

    /// <summary>The configured connection string, or the default file (its folder created).</summary>
    public static DatabaseLocation From(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return new DatabaseLocation(configured, IsDefault: false);
        Directory.CreateDirectory(Path.GetDirectoryName(DefaultFile)!);
        return new DatabaseLocation(new SqliteConnectionStringBuilder { DataSource = DefaultFile }.ToString(), IsDefault: true);
    }

    /// <summary>The database file as a full path (relative names count from the working directory, as SQLite reads them).</summary>
    public string File => new SqliteConnectionStringBuilder(ConnectionString).DataSource is var source
                          && source.Length > 0 && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal)
        ? Path.GetFullPath(source)
        : source;
}
