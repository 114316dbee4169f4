using Drucksachen.Core.Access;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Web.Features.Papers;

/// <summary>A paper's history as the viewer may read it: whole for staff who work on it, else only its public course.</summary>
/// <param name="Internal">Every entry, for staff (<see cref="PaperAccess.SeesInternalHistory"/>); null for everyone else.</param>
/// <param name="Course">The public course, for everyone else; empty for staff.</param>
/// <param name="StateLabels">The German labels of the paper's workflow states, by state id, for the internal entries.</param>
public sealed record PaperHistoryView(IReadOnlyList<HistoryEntry>? Internal, IReadOnlyList<PublicHistoryEntry> Course,
    IReadOnlyDictionary<string, string> StateLabels)
{
    public static async Task<PaperHistoryView> LoadAsync(IPaperReads store, ReadPapers read, PublicHistory course, Paper paper, UserProfile? user,
        CancellationToken ct)
    {
        var entries = await store.HistoryAsync(paper.Id, ct);
        return PaperAccess.SeesInternalHistory(user, paper)
            ? new(entries, [], await read.StateLabelsAsync([paper.Workflow.DefinitionName], ct))
            : new(null, course.Of(paper, entries), new Dictionary<string, string>());
    }

    /// <summary>A state as people know it ("Mitzeichnung", not "cosigning"); "–" before the first.</summary>
    public string State(string? id) => id is null ? "–" : StateLabels.GetValueOrDefault(id, id);
}
