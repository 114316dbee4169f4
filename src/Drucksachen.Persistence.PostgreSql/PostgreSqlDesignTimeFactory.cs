using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drucksachen.Persistence.PostgreSql;

/// <summary>
/// The context as the dotnet-ef tool makes it when it writes this project's migrations
/// (<c>dotnet ef migrations add Name --project src/Drucksachen.Persistence.PostgreSql</c>) and its
/// compiled model (<c>dotnet ef dbcontext optimize</c>, README "Compiled models"); it compares models
/// and connects to no server.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<DrucksachenDbContext>
{
    public DrucksachenDbContext CreateDbContext(string[] args) =>
        DrucksachenDatabase.CreateFactory(new DatabaseLocation(DatabaseProviders.Get(DatabaseProviders.PostgreSql), "Host=localhost;Database=drucksachen", IsDefault: false))
            .CreateDbContext();
}
