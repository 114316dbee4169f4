namespace Drucksachen.Persistence.Sqlite.Locks;

/// <summary>
/// A lock file beside the database (<c>drucksachen.db.NAME.lock</c>), opened for exclusive use: the
/// operating system gives it to one process at a time and takes it back when that process ends,
/// however it ends. The processes on one SQLite file all run on its machine, so they all see it.
/// </summary>
public sealed class SqliteFileLock(DatabaseLocation location) : IDatabaseLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct)
    {
        var path = $"{SqliteDatabaseFile.PathOf(location.ConnectionString)}.{name}.lock";
        try
        {
            return Task.FromResult<IAsyncDisposable?>(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Held by another process (or another host in this one).
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }
}
