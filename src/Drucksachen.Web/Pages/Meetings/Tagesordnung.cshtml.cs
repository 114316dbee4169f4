using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// The clerk's agenda builder of one meeting: the papers due for the body (a late one only as
/// urgent or table paper), free items, moving and removing items, the invitation (and later the
/// supplementary agendas), moving the meeting before the invitation, and cancelling it.
/// </summary>
public sealed class TagesordnungModel(VisibleMeetings meetings, ReadMeetings read, PlanAgenda agenda, InviteToMeeting invite,
    RescheduleMeeting reschedule, CancelMeeting cancel)
    : ClerkMeetingPage(meetings)
{
    public IReadOnlyList<DueItem> Due { get; private set; } = [];

    /// <summary>What the next supplementary agenda would say; null before the invitation.</summary>
    public AgendaChanges? Supplement { get; private set; }

    /// <summary>What the next supplement will say, e.g. "Punkte neu aufgenommen; abgesetzt: Ö 4.1, N 2.1"; null before the invitation.</summary>
    public string? SupplementSummary => Supplement is not { Any: true } changes ? null : string.Join("; ", new[]
    {
        changes.HasAdded ? "Punkte neu aufgenommen" : null,
        changes.Withdrawn.Count > 0 ? $"abgesetzt: {string.Join(", ", changes.Withdrawn.Select(w => w.Number))}" : null,
        changes.Renumbered ? "Reihenfolge oder Nummern geändert, der Nachtrag enthält die Tagesordnung in der geänderten Fassung" : null,
    }.OfType<string>());

    [BindProperty(Name = "titel")] public string? Title { get; set; }
    [BindProperty(Name = "oeffentlich")] public bool TitleIsPublic { get; set; } = true;
    [BindProperty(Name = "grund")] public string? Reason { get; set; }
    [BindProperty(Name = "dringlich")] public bool Urgent { get; set; }
    [BindProperty(Name = "datum")] public string? Date { get; set; }
    [BindProperty(Name = "beginn")] public string? Start { get; set; }
    [BindProperty(Name = "ende")] public string? End { get; set; }
    [BindProperty(Name = "ort")] public string? Location { get; set; }

    public override string Address(string number) => MeetingLinks.Agenda(number);

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Due = Meeting.IsOpen ? await read.DueAsync(Meeting, Clerk, ct) : [];
        Supplement = await read.PendingSupplementAsync(Meeting, Clerk, ct);
    }

    /// <summary>The item's place within its part, for moving it.</summary>
    public int Position(AgendaEntry entry) => Meeting.Items.First(i => i.Id == entry.ItemId).Position;

    public Task<IActionResult> OnPostEinplanenAsync(string nummer, [FromForm(Name = "drucksache")] string paper,
        [FromForm(Name = "kennzeichnung")] ItemMarking marking, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => agenda.ScheduleAsync(m, paper, user, marking, ExpectedVersion, ct),
            $"Die Drucksache {paper} steht auf der Tagesordnung.", ct);

    public Task<IActionResult> OnPostPunktAsync(string nummer, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => agenda.AddItemAsync(m, Title ?? "", TitleIsPublic, user, ExpectedVersion, ct),
            $"Der Tagesordnungspunkt „{Title?.Trim()}“ ist aufgenommen.", ct);

    public Task<IActionResult> OnPostVerschiebenAsync(string nummer, [FromForm(Name = "punkt")] string item, [FromForm(Name = "nach")] int position,
        CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => agenda.MoveAsync(m, item, position, user, ExpectedVersion, ct), $"{item} ist verschoben.", ct);

    public Task<IActionResult> OnPostEntfernenAsync(string nummer, [FromForm(Name = "punkt")] string item, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => agenda.RemoveAsync(m, item, user, ExpectedVersion, ct), $"{item} ist von der Tagesordnung genommen.", ct);

    public Task<IActionResult> OnPostEinladenAsync(string nummer, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => invite.ExecuteAsync(m, user, Urgent, ExpectedVersion, ct),
            Urgent ? "Die Einladung ist erstellt, als dringliche Einladung." : "Die Einladung ist erstellt.", ct);

    public Task<IActionResult> OnPostVerlegenAsync(string nummer, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => reschedule.ExecuteAsync(m, new MeetingChange(Date, Start, End, Location), user, ExpectedVersion, ct),
            "Die Sitzung ist verlegt; die Drucksachen der Tagesordnung gehen mit.", ct);

    public Task<IActionResult> OnPostAbsagenAsync(string nummer, CancellationToken ct) =>
        ChangeAsync(nummer, (m, user) => cancel.ExecuteAsync(m, Reason ?? "", user, ExpectedVersion, ct), "Die Sitzung ist abgesagt.", ct,
            MeetingLinks.Page);
}
