using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Drucksachen.Persistence;

/// <summary>
/// Caches the model per provider: the provider's conventions shape it (e.g. instants as text on
/// SQLite), so one process that opens databases of two providers must not share one model.
/// </summary>
public sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (
        context.GetType(),
        context.GetService<IDbContextOptions>().FindExtension<DatabaseProviderExtension>()?.Provider.GetType(),
        designTime);
}
