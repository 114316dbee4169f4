using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>
/// The context as the dotnet-ef tool makes it when it writes this project's compiled model
/// (<c>dotnet ef dbcontext optimize --project src/Drucksachen.Persistence.Sqlite</c>, README
/// "Compiled models"); it opens no file.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DrucksachenDbContext>
{
    public DrucksachenDbContext CreateDbContext(string[] args) =>
        DrucksachenDatabase.CreateFactory(new DatabaseLocation(DatabaseProviders.Get(DatabaseProviders.Sqlite), "Data Source=:memory:", IsDefault: false))
            .CreateDbContext();
}
