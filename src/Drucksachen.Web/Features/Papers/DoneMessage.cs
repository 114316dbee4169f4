using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Papers;

/// <summary>What a page says once an action is done, on the paper's page and after "Einreichen" alike.</summary>
public static class DoneMessage
{
    /// <summary>
    /// Said from where the paper is now, not from the action's name: "Zur Mitzeichnung geben" goes
    /// straight to release when no office co-signs. A number the action gave is named.
    /// </summary>
    public static async Task<string> ForAsync(ReadPapers read, Paper before, Paper after, AvailableAction? action, CancellationToken ct)
    {
        var done = after.State != before.State
            ? $"Erledigt. Neuer Stand der Drucksache: {(await read.ShowAsync(after.Id.ToString(), ct)).StateLabel}."
            : action is null ? "Erledigt." : $"Erledigt: {action.Label}.";
        return after.Number is { } number && before.Number is null ? $"{done} Die Drucksache hat die Nummer {number}." : done;
    }
}
