using Drucksachen.Core;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Persistence.Stores;
using Drucksachen.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Stores papers, accounts and workflow definitions in the database <paramref name="settings"/>
    /// name (<see cref="DatabaseLocation.From"/>): the shared EF stores and the provider's own.
    /// </summary>
    /// <exception cref="DatabaseSettingsException">The settings name no usable provider or database.</exception>
    public static IServiceCollection AddDrucksachenDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        var location = DatabaseLocation.From(settings);
        services.AddSingleton(location);
        services.AddSingleton(DrucksachenDatabase.CreateFactory(location));
        // Identity's stores work on a scoped context; ours come from the shared pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>().CreateDbContext());
        services.AddSingleton<IPaperReads, EfPaperReads>();
        services.AddSingleton<IDueWorkflows, EfDueWorkflows>();
        services.AddSingleton<IHistoryAuditSource, EfAuditSnapshots>();
        services.AddSingleton<IMeetingReads, EfMeetingReads>();
        services.AddSingleton<IMeetingSessions, Sessions.EfMeetingSessions>();
        services.AddSingleton<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddSingleton<EfUserDirectory>();
        location.Provider.AddStores(services);
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
