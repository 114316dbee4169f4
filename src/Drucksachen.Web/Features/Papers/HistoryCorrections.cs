using System.Text.Json.Nodes;
using Drucksachen.Core.History;

namespace Drucksachen.Web.Features.Papers;

/// <summary>Which entries of a history a later correction replaced, so the corrected one says so where it stands.</summary>
public static class HistoryCorrections
{
    /// <summary>Sequence number of each corrected entry, mapped to that of the entry correcting it.</summary>
    public static IReadOnlyDictionary<int, int> CorrectedBy(IEnumerable<HistoryEntry> entries)
    {
        var corrected = new Dictionary<int, int>();
        foreach (var entry in entries)
        {
            if (JsonNode.Parse(entry.Details)?["corrects"]?["entry"]?.GetValue<int>() is { } target)
                corrected[target] = entry.Sequence;
        }
        return corrected;
    }
}
