using Drucksachen.Core.Access;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Web.Features.Papers;

/// <summary>A paper's history as the viewer may read it: whole for staff who work on it, else only its public course.</summary>
/// <param name="Internal">Every entry, for staff (<see cref="PaperAccess.SeesInternalHistory"/>); null for everyone else.</param>
/// <param name="Course">The public course, for everyone else; empty for staff.</param>
public sealed record PaperHistoryView(IReadOnlyList<HistoryEntry>? Internal, IReadOnlyList<PublicHistoryEntry> Course)
{
    public static async Task<PaperHistoryView> LoadAsync(IPaperReads store, PublicHistory course, Paper paper, UserProfile? user, CancellationToken ct)
    {
        var entries = await store.HistoryAsync(paper.Id, ct);
        return PaperAccess.SeesInternalHistory(user, paper) ? new(entries, []) : new(null, course.Of(paper, entries));
    }
}
