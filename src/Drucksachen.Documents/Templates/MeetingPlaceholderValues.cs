using System.Globalization;
using System.Text;
using Drucksachen.Documents.Meetings;

namespace Drucksachen.Documents.Templates;

/// <summary>
/// What each placeholder of an invitation or minutes template stands for. Single values are escaped as a paper's are;
/// the agenda, attendance and items come as whole Markdown blocks, and an item the edition may not show comes with
/// its number and "nichtöffentlich" only: nothing else of it reaches the Markdown, so nothing can reach the PDF.
/// </summary>
internal static class MeetingPlaceholderValues
{
    public static readonly IReadOnlyList<string> Names =
    [
        "letterhead", "body", "number", "ordinal", "date", "start", "end", "location", "publicity", "edition", "issued",
        "urgency", "supplement", "chair", "minute_taker", "agenda", "attendance", "items",
    ];

    /// <summary>Keys a meeting template may word under <c>wording:</c>.</summary>
    public static readonly IReadOnlyList<string> WordingKeys = ["urgent"];

    public const string Hidden = "nichtöffentlich";

    private static readonly string[] Weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public static string Resolve(string name, MeetingDocument meeting, PaperTemplate template) => name switch
    {
        "letterhead" => Escape(meeting.Letterhead),
        "body" => Escape(meeting.Body),
        "number" => Escape(meeting.Number),
        "ordinal" => meeting.Ordinal.ToString(CultureInfo.InvariantCulture),
        "date" => Day(meeting.Date),
        "start" => Time(meeting.Start),
        "end" => meeting.End is { } end ? Time(end) : "offen",
        "location" => Escape(meeting.Location),
        "publicity" => meeting.IsPublic ? "öffentlich" : "nichtöffentlich",
        "edition" => meeting.Edition == MeetingEdition.Public
            ? "Öffentliche Fassung: nichtöffentliche Tagesordnungspunkte sind nur mit ihrer Nummer genannt."
            : "Fassung für die Mitglieder: enthält den nichtöffentlichen Teil und ist vertraulich zu behandeln.",
        "issued" => meeting.Issued.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        "urgency" => meeting.Urgent ? PlaceholderValues.Section(template.Wording["urgent"]) : "",
        "supplement" => meeting.Supplement is { } n ? $"## {n.ToString(CultureInfo.InvariantCulture)}. Nachtrag zur Tagesordnung" : "",
        "chair" => Escape(meeting.Chair ?? ""),
        "minute_taker" => Escape(meeting.MinuteTaker ?? ""),
        "agenda" => Agenda(meeting),
        "attendance" => Attendance(meeting.Attendance),
        "items" => Items(meeting),
        _ => throw new InvalidOperationException($"Placeholder '{name}' passed validation but has no value."),
    };

    /// <summary>"Donnerstag, 03.11.2022", written without the machine's culture.</summary>
    public static string Day(DateOnly date) =>
        $"{Weekdays[(int)date.DayOfWeek]}, {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture) + " Uhr";

    private static string Escape(string text) => PlaceholderValues.Escape(text);

    /// <summary>The public part, then the non-public part, each only if it has items.</summary>
    private static IEnumerable<(string Heading, List<MeetingAgendaItem> Items)> Parts(IReadOnlyList<MeetingAgendaItem> agenda)
    {
        var open = agenda.Where(i => i.IsPublic).ToList();
        var closed = agenda.Where(i => !i.IsPublic).ToList();
        if (open.Count > 0)
            yield return ("Öffentlicher Teil", open);
        if (closed.Count > 0)
            yield return ("Nichtöffentlicher Teil", closed);
    }

    /// <summary>
    /// The invitation's agenda; a supplement's in up to three parts: the items it adds, the items taken off, and the
    /// whole agenda as it now stands.
    /// </summary>
    private static string Agenda(MeetingDocument meeting)
    {
        var text = new StringBuilder(256 + 128 * (meeting.Agenda.Count + (meeting.CurrentAgenda?.Count ?? 0)));
        if (meeting.Supplement is null)
        {
            Tables(text, meeting, meeting.Agenda, "###");
            return text.ToString();
        }
        if (meeting.Agenda.Count > 0)
            Tables(text.Append("### Neu auf der Tagesordnung\n\n"), meeting, meeting.Agenda, "####");
        if (meeting.Withdrawn is { Count: > 0 } withdrawn)
            Tables(text.Append("### Von der Tagesordnung abgesetzt\n\nNummern wie in der bisherigen Tagesordnung.\n\n"), meeting, withdrawn, "####");
        if (meeting.CurrentAgenda is { } current)
            Tables(text.Append("### Tagesordnung in der geänderten Fassung\n\n"), meeting, current, "####");
        return text.ToString();
    }

    private static void Tables(StringBuilder text, MeetingDocument meeting, IReadOnlyList<MeetingAgendaItem> agenda, string level)
    {
        foreach (var (heading, items) in Parts(agenda))
        {
            text.Append(level).Append(' ').Append(heading).Append("\n\n| TOP | Gegenstand | Vorlage |\n|:--|:--|:--|\n");
            foreach (var item in items)
            {
                text.Append("| ").Append(Escape(item.Number)).Append(" | ");
                if (!meeting.Shows(item))
                {
                    text.Append(Hidden).Append(" | |\n");
                    continue;
                }
                text.Append(Escape(item.Title));
                if (item.Marking is { Length: > 0 } marking)
                    text.Append(" – **").Append(Escape(marking)).Append("**");
                text.Append(" | ").Append(Escape(Paper(item))).Append(" |\n");
            }
            text.Append('\n');
        }
    }

    /// <summary>"1803/22 Informationsvorlage": the paper's number and type, as far as there is a paper.</summary>
    private static string Paper(MeetingAgendaItem item) => (item.PaperReference, item.PaperKind) switch
    {
        ({ } reference, { } kind) => $"{reference} {kind}",
        ({ } reference, null) => reference,
        _ => "",
    };

    private static string Attendance(MeetingAttendance? attendance)
    {
        if (attendance is null)
            return "Die Anwesenheit ist nicht erfasst.\n";
        var text = new StringBuilder(1024);
        NameList(text, "Anwesend", attendance.Present);
        NameList(text, "Entschuldigt", attendance.Excused);
        NameList(text, "Abwesend (unentschuldigt)", attendance.Absent);
        if (attendance.Quorum is { Length: > 0 } quorum)
            text.Append(Escape(quorum)).Append("\n\n");
        return text.ToString();
    }

    private static void NameList(StringBuilder text, string label, IReadOnlyList<string> names)
    {
        text.Append("**").Append(label).Append(":**");
        if (names.Count == 0)
        {
            text.Append(" niemand\n\n");
            return;
        }
        text.Append("\n\n");
        foreach (var name in names)
            text.Append("- ").Append(Escape(name)).Append('\n');
        text.Append('\n');
    }

    private static string Items(MeetingDocument meeting)
    {
        var text = new StringBuilder(1024 * meeting.Agenda.Count + 256);
        foreach (var (heading, items) in Parts(meeting.Agenda))
        {
            text.Append("### ").Append(heading).Append("\n\n");
            foreach (var item in items)
                Item(text, meeting, item);
        }
        return text.ToString();
    }

    private static void Item(StringBuilder text, MeetingDocument meeting, MeetingAgendaItem item)
    {
        if (!meeting.Shows(item))
        {
            text.Append("#### ").Append(Escape(item.Number)).Append("\n\n").Append(Hidden).Append("\n\n");
            return;
        }
        text.Append("#### ").Append(Escape(item.Number)).Append(' ').Append(Escape(item.Title)).Append("\n\n");
        var paper = Paper(item);
        if (paper.Length > 0 || item.Marking is { Length: > 0 })
        {
            text.Append("Vorlage: ").Append(Escape(paper.Length > 0 ? paper : "keine"));
            if (item.Marking is { Length: > 0 } marking)
                text.Append(" – **").Append(Escape(marking)).Append("**");
            text.Append("\n\n");
        }
        text.Append("**Ergebnis:** ").Append(item.Outcome is { Length: > 0 } outcome ? Escape(outcome) : "nicht erfasst");
        if (item.Vote is { Length: > 0 } vote)
            text.Append("\\\n**Abstimmung:** ").Append(Escape(vote));
        text.Append("\n\n");
        if (item.ResolutionText is { Length: > 0 } resolution)
            text.Append("**Beschlusstext:**\n\n").Append(PlaceholderValues.Section(resolution).Trim()).Append("\n\n");
        if (item.Note is { Length: > 0 } note)
            text.Append("**Bemerkung:** ").Append(Escape(note)).Append("\n\n");
    }
}
