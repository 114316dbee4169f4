using System.Globalization;
using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Papers;

/// <summary>A vote as recorded with an outcome: yes / no / abstentions, or unanimous (einstimmig).</summary>
public sealed record Vote(int Yes, int No, int Abstentions, bool Unanimous)
{
    /// <summary>Parses "12/3/1" (yes/no/abstentions) or "einstimmig" / "unanimous".</summary>
    public static Vote Parse(string text)
    {
        var t = text.Trim();
        if (t.Equals("einstimmig", StringComparison.OrdinalIgnoreCase) || t.Equals("unanimous", StringComparison.OrdinalIgnoreCase))
            return new Vote(0, 0, 0, true);
        var parts = t.Split('/');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var yes)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var no)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var abstentions))
            return new Vote(yes, no, abstentions, false);
        throw new InputException(null, null, "vote", $"'{text}' is not a vote: use YES/NO/ABSTENTIONS like 12/3/1, or 'einstimmig'");
    }

    public override string ToString() =>
        Unanimous ? "einstimmig" : string.Create(CultureInfo.InvariantCulture, $"{Yes}/{No}/{Abstentions}");
}
