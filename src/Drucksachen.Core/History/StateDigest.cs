using System.Security.Cryptography;
using System.Text;

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
        var text = new StringBuilder();
        foreach (var fact in facts)
            text.Append(fact is null ? "\u0000" : fact.Replace("\u001f", "\u001f\u001f", StringComparison.Ordinal)).Append('\u001f');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
    }
}
