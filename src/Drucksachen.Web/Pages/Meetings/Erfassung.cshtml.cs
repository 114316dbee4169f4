using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// Recording a meeting on one page (clerks and admins): the attendance of the body's members with
/// the quorum, each item's outcome, vote, resolution text (the paper's Beschlussvorschlag to begin
/// with) and note, and closing the meeting, which makes the minutes.
/// </summary>
public sealed class ErfassungModel(VisibleMeetings meetings, RecordMeeting record, CloseMeeting close) : ClerkMeetingPage(meetings)
{
    /// <summary>The choices of an attendance radio group, by the status each stands for.</summary>
    public static readonly IReadOnlyList<(AttendanceStatus Status, string Value)> AttendanceChoices =
        [(AttendanceStatus.Present, "anwesend"), (AttendanceStatus.Excused, "entschuldigt"), (AttendanceStatus.Absent, "abwesend")];

    /// <summary>The outcomes a paper's item can take, as the paper's workflow names them.</summary>
    public static readonly IReadOnlyList<string> Outcomes =
        [Core.Papers.Outcome.Approved, Core.Papers.Outcome.ApprovedWithChanges, Core.Papers.Outcome.Rejected, Core.Papers.Outcome.Recommended,
            Core.Papers.Outcome.Noted, Core.Papers.Outcome.Deferred, Core.Papers.Outcome.Referred, Core.Papers.Outcome.Withdrawn];

    /// <summary>The item form as sent, when it came back with an error.</summary>
    public ItemForm? Entered { get; private set; }

    [BindProperty(Name = "ende")] public string? End { get; set; }

    public override string Address(string number) => MeetingLinks.Recording(number);

    public Task<IActionResult> OnPostAnwesenheitAsync(string nummer, CancellationToken ct)
    {
        var chosen = Request.Form.Where(f => f.Key.StartsWith("anwesenheit-", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["anwesenheit-".Length..], f => f.Value.ToString());
        string[] With(string value) => chosen.Where(c => c.Value == value).Select(c => c.Key).ToArray();
        return ChangeAsync(nummer, (m, user) => record.AttendAsync(m, With("anwesend"), With("entschuldigt"), user, ExpectedVersion, ct),
            "Die Anwesenheit ist gespeichert.", ct);
    }

    public Task<IActionResult> OnPostErgebnisAsync(string nummer, ItemForm form, CancellationToken ct)
    {
        Entered = form;
        return ChangeAsync(nummer, (m, user) => record.RecordAsync(m, form.Item ?? "", form.ToRecord(), user, ExpectedVersion, ct),
            $"Das Ergebnis zu {form.Item} ist gespeichert.", ct);
    }

    public Task<IActionResult> OnPostAbschliessenAsync(string nummer, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => close.ExecuteAsync(m, user, string.IsNullOrWhiteSpace(End) ? null : End.Trim(), ExpectedVersion, ct),
            "Die Sitzung ist abgeschlossen; die Niederschrift ist erstellt.", ct, MeetingLinks.Page);

    /// <summary>What the item's form shows: the input sent back with an error, else the proposal.</summary>
    public ItemForm FormFor(AgendaEntry entry) =>
        Entered is { } sent && sent.Item == entry.Number ? sent : new ItemForm { Item = entry.Number, Resolution = entry.ProposedResolution };
}
