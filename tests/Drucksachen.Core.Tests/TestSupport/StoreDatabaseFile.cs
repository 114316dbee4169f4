using Drucksachen.Core.Storage;
using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Core.Tests.TestSupport;

/// <summary>A SQLite file in a folder of its own for a storage test, the store on it, and the folder's removal.</summary>
public sealed class StoreDatabaseFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-store-").FullName;
    private ServiceProvider? _services;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "x.db")}";

    /// <summary>The paper store as the product builds it, on this file.</summary>
    public IPaperStore Store()
    {
        _services?.Dispose();
        _services = new ServiceCollection().AddDrucksachenSqlite(ConnectionString).BuildServiceProvider();
        return _services.GetRequiredService<IPaperStore>();
    }

    public void Dispose()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
