using Drucksachen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence.Sqlite.Tests.TestSupport;

/// <summary>A SQLite file in a folder of its own for a storage test, the stores on it, and the folder's removal.</summary>
public sealed class StoreDatabaseFile : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create("drucksachen-store-");
    private ServiceProvider? _services;

    public string ConnectionString => _database.ConnectionString;

    public DatabaseLocation Location => SqliteLocation.For(ConnectionString);

    /// <summary>A store as the product builds it, on this file, from services built anew.</summary>
    public T Store<T>() where T : notnull
    {
        _services?.Dispose();
        _services = new ServiceCollection().AddDrucksachenDatabase(_database.Settings).BuildServiceProvider();
        return _services.GetRequiredService<T>();
    }

    public void Dispose()
    {
        _services?.Dispose();
        _database.Dispose();
    }
}
