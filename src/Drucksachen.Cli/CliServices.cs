using Drucksachen.Core;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli;

/// <summary>
/// Builds the product from configuration: appsettings.json beside the program, then
/// appsettings.json in the working directory, then environment variables
/// (DRUCKSACHEN_Database__Provider, DRUCKSACHEN_ConnectionStrings__Drucksachen,
/// DRUCKSACHEN_Drucksachen__City__Name, ...).
/// </summary>
internal static class CliServices
{
    /// <param name="settings">Settings that override all others (used by tests), e.g. ConnectionStrings:Drucksachen.</param>
    /// <param name="clock">The clock, if not the system's.</param>
    /// <param name="ct">Cancels start-up.</param>
    public static async Task<ServiceProvider> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock, CancellationToken ct)
    {
        var services = Build(settings, clock, database: null);
        try
        {
            await services.InitializeDrucksachenAsync(ct);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
        return services;
    }

    /// <summary>
    /// The product on <paramref name="database"/> instead of the configured database, as it is:
    /// not migrated, no accounts created, no workflows loaded (e.g. a transfer's target).
    /// </summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, DatabaseSettings database) =>
        Build(settings, clock: null, database);

    private static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock, DatabaseSettings? database)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("DRUCKSACHEN_")
            .AddInMemoryCollection(settings)
            .Build();

        var options = configuration.GetSection("Drucksachen").Get<DrucksachenOptions>() ?? new DrucksachenOptions();
        options.ResolveDataFolders(AppContext.BaseDirectory);

        var collection = new ServiceCollection();
        if (clock is not null) collection.AddSingleton(clock);
        return collection
            .AddDrucksachenCore(options)
            .AddDrucksachenDatabase(database ?? DatabaseSettings.From(configuration))
            .AddDrucksachenAccounts()
            .BuildServiceProvider();
    }
}
