namespace Drucksachen.Core.Meetings;

/// <summary>
/// Numbers an agenda as clerks print it: "Ö 1", "Ö 2", … in the public part and "N 1", … in the
/// non-public part; consecutive papers of one kind share a heading with its own number, and each
/// paper is numbered under it ("Ö 4 Beschlussvorlagen", "Ö 4.1", "Ö 4.2").
/// </summary>
public static class AgendaNumbering
{
    public static IReadOnlyList<AgendaLine> Lines(Meeting meeting)
    {
        var lines = new List<AgendaLine>(meeting.Items.Count + 4);
        foreach (var isPublic in new[] { true, false })
        {
            var prefix = isPublic ? "Ö" : "N";
            int top = 0, sub = 0;
            string? group = null;
            foreach (var item in meeting.Part(isPublic))
            {
                if (item.Kind == AgendaItemKind.Paper)
                {
                    if (item.Group != group)
                    {
                        top++;
                        sub = 0;
                        group = item.Group;
                        lines.Add(new AgendaLine($"{prefix} {top}", isPublic, null, group));
                    }
                    lines.Add(new AgendaLine($"{prefix} {top}.{++sub}", isPublic, item, null));
                }
                else
                {
                    group = null;
                    lines.Add(new AgendaLine($"{prefix} {++top}", isPublic, item, null));
                }
            }
        }
        return lines;
    }

    /// <summary>The line of <paramref name="item"/>, which is on the meeting's agenda.</summary>
    public static AgendaLine LineOf(Meeting meeting, AgendaItem item) => Lines(meeting).First(l => l.Item == item);

    /// <summary>The item printed as <paramref name="number"/> ("Ö 4.1", "ö4.1", "N 2"), or null.</summary>
    public static AgendaLine? Find(Meeting meeting, string number)
    {
        var wanted = Normalize(number);
        return Lines(meeting).FirstOrDefault(l => l.Item is not null && Normalize(l.Number) == wanted);
    }

    /// <summary>Whether <paramref name="number"/> ("N 2", "n2") is printed in the non-public part.</summary>
    public static bool IsNonPublic(string number) => Normalize(number).StartsWith('N');

    private static string Normalize(string number) =>
        string.Concat(number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant().Replace("OE", "Ö", StringComparison.Ordinal);
}
