using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>
/// A consistent copy of the database file while the product runs, by SQLite's online backup: the
/// copy is read in one read transaction, so it is the database as of one moment, and in WAL mode
/// writers go on meanwhile. The copy is written beside the target under a temporary name and
/// renamed only once complete and checked, so that no half-written file ever carries the name.
/// </summary>
public static class SqliteBackup
{
    /// <exception cref="IOException"><paramref name="file"/> exists already, or cannot be written (no such folder, no permission, disk full).</exception>
    public static async Task WriteAsync(string connectionString, string file, CancellationToken ct)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
            throw new IOException($"{target} exists already: a backup never overwrites a file; name a new one");
        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var source = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(Unpooled(partial)))
            {
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
                await CheckAsync(copy, target, ct);
            }
            File.Move(partial, target, overwrite: false);
        }
        catch (SqliteException e)
        {
            throw new IOException($"cannot write the copy to {target}: {e.Message}", e);
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static async Task CheckAsync(SqliteConnection copy, string target, CancellationToken ct)
    {
        await using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        var result = (string?)await command.ExecuteScalarAsync(ct);
        if (result != "ok") throw new IOException($"the copy for {target} failed SQLite's check ({result}); nothing was written");
    }

    private static string Unpooled(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
}
