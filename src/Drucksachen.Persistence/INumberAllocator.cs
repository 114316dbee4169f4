namespace Drucksachen.Persistence;

/// <summary>
/// Takes the next number of a series and year inside the transaction <paramref name="db"/> has begun,
/// as <c>IPaperSession.NextNumberAsync</c> describes: unique and gapless under concurrent releases,
/// given back on rollback. Each provider that uses <see cref="Sessions.EfPaperSession"/> supplies one.
/// </summary>
public interface INumberAllocator
{
    Task<int> NextAsync(DrucksachenDbContext db, string series, int year, CancellationToken ct);
}
