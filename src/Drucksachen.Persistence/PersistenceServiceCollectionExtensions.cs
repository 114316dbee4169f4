using Drucksachen.Core;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Stores;
using Drucksachen.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Stores papers and workflow definitions in the SQLite database of the connection string.</summary>
    public static IServiceCollection AddDrucksachenSqlite(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(DrucksachenDatabase.CreateFactory(connectionString));
        // Identity's stores work on a scoped context; ours come from the shared pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>().CreateDbContext());
        services.AddSingleton<PaperSessions>();
        services.AddSingleton<IPaperStore, EfPaperStore>();
        services.AddSingleton<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddSingleton<EfUserDirectory>();
        services.AddSingleton<IUserDirectory>(sp => sp.GetRequiredService<EfUserDirectory>());
        return services;
    }

    /// <summary>
    /// Brings the database schema up to date, creates missing configured accounts, and loads the
    /// workflow definitions (storing a new version of each changed file). A bad definition stops
    /// the start with its file and line.
    /// </summary>
    public static async Task InitializeDrucksachenAsync(this IServiceProvider services, CancellationToken ct)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>();
        await DrucksachenDatabase.MigrateAsync(contexts, ct);
        await using (var db = await contexts.CreateDbContextAsync(ct))
            await AccountSeeder.SeedAsync(db, services.GetRequiredService<City>(), ct);
        await services.GetRequiredService<WorkflowCatalog>()
            .LoadDirectoryAsync(services.GetRequiredService<DrucksachenOptions>().WorkflowsPath, ct);
    }
}
