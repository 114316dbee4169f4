using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Drucksachen.Core.History;

/// <summary>The SHA-256 chain over history entries.</summary>
public static class HistoryHasher
{
    /// <summary>The hash before a paper's first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Hashes every field of the entry and the previous entry's hash. Fields are separated by a
    /// character that cannot occur in them unescaped, so no two different entries share an input.
    /// The state commitment comes last and only where there is one, so entries written before
    /// there were commitments keep their hashes.
    /// </summary>
    public static string Hash(HistoryEntry e)
    {
        var content = string.Join('\u001f',
            e.PaperId.ToString("N"),
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            Escape(e.Actor), Escape(e.Role), Escape(e.Action), Escape(e.FromState ?? "\u0000"), Escape(e.ToState),
            Escape(e.Details), e.PreviousHash);
        if (e.StateHash is { } state) content += "\u001f" + Escape(state);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    private static string Escape(string s) => s.Replace("\u001f", "\u001f\u001f", StringComparison.Ordinal);
}
