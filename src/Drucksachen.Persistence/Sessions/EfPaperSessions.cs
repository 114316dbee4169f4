using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sessions;

/// <summary>Opens <see cref="EfPaperSession"/>s, each on a context of its own from the pool, with the provider's writer of new papers.</summary>
public sealed class EfPaperSessions(IDbContextFactory<DrucksachenDbContext> contexts, INumberAllocator numbers, INewPaperWriter newPapers) : IPaperSessions
{
    public IPaperSession OpenSession() => new EfPaperSession(contexts.CreateDbContext(), numbers, newPapers);
}
