using System.Text;

namespace Drucksachen.Core.History;

/// <summary>
/// A state commitment of some kind of record: the format version, then one <see cref="StateDigest"/>
/// per named group of facts, in a fixed order.
/// </summary>
public sealed class StateCommitment<T>(string version, IReadOnlyList<(string Name, Func<T, IEnumerable<string?>> Facts)> groups)
{
    public string Of(T record)
    {
        var text = new StringBuilder(version, version.Length + groups.Count * StateDigest.Length);
        foreach (var (_, facts) in groups) text.Append(StateDigest.Of(facts(record)));
        return text.ToString();
    }

    /// <summary>The groups in which the record differs from <paramref name="recorded"/>; a commitment in an unknown format differs as a whole.</summary>
    public IReadOnlyList<string> Differences(T record, string recorded)
    {
        if (!recorded.StartsWith(version, StringComparison.Ordinal) || recorded.Length != version.Length + groups.Count * StateDigest.Length)
            return ["state commitment (unknown format)"];
        var current = Of(record);
        return groups.Where((_, i) => string.CompareOrdinal(current, version.Length + i * StateDigest.Length, recorded, version.Length + i * StateDigest.Length, StateDigest.Length) != 0)
            .Select(g => g.Name).ToList();
    }
}
