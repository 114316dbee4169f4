namespace Drucksachen.Core.History;

/// <summary>The digest of one group of facts in a state commitment (<see cref="PaperState"/>, a meeting's state).</summary>
public static class StateDigest
{
    /// <summary>Hex characters of a digest: the first 64 bits of a SHA-256.</summary>
    public const int Length = 16;

    // Each fact is escaped and ended by a separator, and a missing one is marked, so no two
    // different groups of facts share a text.
    public static string Of(IEnumerable<string?> facts)
    {
        using var text = new HashedText();
        foreach (var fact in facts)
        {
            if (fact is null) text.Raw("\u0000");
            else text.Escaped(fact);
            text.Separate();
        }
        return text.Sha256Hex(Length / 2);
    }
}
