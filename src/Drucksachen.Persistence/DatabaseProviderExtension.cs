using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence;

/// <summary>
/// Carries the <see cref="IDatabaseProvider"/> in the context options, so that a pooled
/// <see cref="DrucksachenDbContext"/> (whose constructor takes the options only) builds its model
/// with the provider's conventions, and the model of each provider is cached apart
/// (<see cref="ProviderModelCacheKeyFactory"/>).
/// </summary>
public sealed class DatabaseProviderExtension(IDatabaseProvider provider) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public IDatabaseProvider Provider => provider;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DatabaseProviderExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private Type ProviderType => extension.Provider.GetType();

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Drucksachen database provider: {extension.Provider.Name} ";

        public override int GetServiceProviderHashCode() => ProviderType.GetHashCode();

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.ProviderType == ProviderType;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Drucksachen:DatabaseProvider"] = ProviderType.FullName ?? ProviderType.Name;
    }
}
