using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Drucksachen.Persistence;

/// <summary>
/// Caches the model per provider: the provider's conventions shape it (e.g. instants as text on
/// SQLite), so one process that builds the models of two providers must not share one. At run time
/// each provider brings its compiled model; the model is built from the configurations where EF's
/// tools and the compiled model tests ask for the design-time model.
/// </summary>
public sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (
        context.GetType(),
        context.GetService<IDbContextOptions>().FindExtension<DatabaseProviderExtension>()?.Provider.GetType(),
        designTime);
}
