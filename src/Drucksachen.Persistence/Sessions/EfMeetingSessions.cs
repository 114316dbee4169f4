using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sessions;

/// <summary>Opens <see cref="EfMeetingSession"/>s, each on a context of its own from the pool.</summary>
public sealed class EfMeetingSessions(IDbContextFactory<DrucksachenDbContext> contexts, INumberAllocator numbers) : IMeetingSessions
{
    public IMeetingSession OpenSession() => new EfMeetingSession(contexts.CreateDbContext(), numbers);
}
