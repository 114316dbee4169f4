using Microsoft.Extensions.Configuration;

namespace Drucksachen.Persistence;

/// <summary>
/// The database chosen in configuration, the same keys for web and command line:
/// <c>Database:Provider</c> (<see cref="DatabaseProviders.Sqlite"/> unless set) and <c>ConnectionStrings:Drucksachen</c>.
/// </summary>
public sealed record DatabaseSettings(string Provider, string? ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration) => new(
        configuration["Database:Provider"] is { Length: > 0 } provider ? provider.Trim() : DatabaseProviders.Sqlite,
        configuration.GetConnectionString("Drucksachen"));
}
