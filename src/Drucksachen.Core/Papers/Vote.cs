using System.Globalization;
using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Papers;

/// <summary>A vote as recorded with an outcome: yes / no / abstentions, or unanimous (einstimmig).</summary>
public sealed record Vote(int Yes, int No, int Abstentions, bool Unanimous)
{
    /// <summary>The most votes of one kind: more members than any German council or parliament has.</summary>
    public const int MaxCount = 999;

    /// <summary>Field names of the three counts where they are entered one by one (a form).</summary>
    public const string YesField = "yes", NoField = "no", AbstentionsField = "abstentions";

    /// <summary>Parses "12/3/1" (yes/no/abstentions) or "einstimmig" / "unanimous".</summary>
    public static Vote Parse(string text)
    {
        var t = text.Trim();
        if (t.Equals("einstimmig", StringComparison.OrdinalIgnoreCase) || t.Equals("unanimous", StringComparison.OrdinalIgnoreCase))
            return new Vote(0, 0, 0, true);
        var parts = t.Split('/');
        if (parts.Length == 3 && TryCount(parts[0], out var yes) && TryCount(parts[1], out var no) && TryCount(parts[2], out var abstentions))
            return new Vote(yes, no, abstentions, false);
        throw new InputException(null, null, "vote",
            $"'{text}' is not a vote: use YES/NO/ABSTENTIONS like 12/3/1, each a whole number from 0 to {MaxCount}, or 'einstimmig'",
            new ErrorText("not-a-vote", text));
    }

    /// <summary>A counted vote from its three fields (<see cref="YesField"/>, ...); each must be a whole number from 0 to <see cref="MaxCount"/>.</summary>
    public static Vote Counted(string? yes, string? no, string? abstentions) =>
        new(Count(yes, YesField), Count(no, NoField), Count(abstentions, AbstentionsField), false);

    private static int Count(string? text, string field) =>
        TryCount(text, out var count)
            ? count
            : throw new InputException(null, null, field,
                $"'{text}' is not a number of votes: a whole number from 0 to {MaxCount} is required",
                new ErrorText("not-a-count", MaxCount.ToString(CultureInfo.InvariantCulture)));

    private static bool TryCount(string? text, out int count) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count <= MaxCount;

    public override string ToString() =>
        Unanimous ? "einstimmig" : string.Create(CultureInfo.InvariantCulture, $"{Yes}/{No}/{Abstentions}");
}
