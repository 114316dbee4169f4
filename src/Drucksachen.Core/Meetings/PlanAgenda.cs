using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Builds a meeting's agenda: places papers due for the body (a consultation placed on a meeting
/// takes the meeting's day), adds free items, reorders and removes items. A paper released after
/// the body's notice deadline is placed only as urgent (Dringlichkeitsvorlage) or as a table paper
/// (Tischvorlage). After the invitation every change belongs to the next supplementary agenda.
/// </summary>
public sealed class PlanAgenda(IMeetingSessions sessions, City city, IUserDirectory users, PaperWorkflowHost host, DeadlineCalculator deadlines,
    TimeProvider clock)
{
    public async Task<AgendaLine> ScheduleAsync(string meeting, string reference, string user, ItemMarking marking, int? expectedVersion,
        CancellationToken ct)
    {
        InputText.Check(reference, "paper", InputLimits.LineChars);
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("placing a paper");
        var m = open.Meeting;
        var paper = await open.Session.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        if (paper.ReleasedAt is not { } released || paper.IsFinished)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"Drucksache {paper.Reference} is {(paper.IsFinished ? "finished" : "not released")}: only released papers in consultation go on an agenda")
                { Text = new ErrorText("paper-not-due", paper.Reference) };
        var consultation = await DueConsultationAsync(open.Session, paper, m, ct);
        var body = city.Body(m.Body);
        CheckNotice(paper, released, deadlines.For(body, m.Date), marking);

        var isPublic = m.IsPublic && paper.IsPublic && consultation.IsPublic;
        var group = city.FindPaperType(paper.Type)?.AgendaHeading ?? paper.Type;
        var item = AgendaItem.ForPaper(paper, consultation, isPublic, group, marking, m.PendingSupplement);
        m.Place(item, null);
        var line = AgendaNumbering.LineOf(m, item);

        var now = clock.GetStoredNow();
        await open.Session.BeginAsync(ct);
        await host.NoteAgendaAsync(open.Session, paper, consultation, m.Date, new ActorInfo(open.User.Id, open.Role), "schedule",
            new JsonObject { ["agenda"] = m.Number, ["item"] = line.Number, ["marking"] = Marking(marking) }, now, ct);
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "schedule", m.State, new JsonObject
        {
            ["item"] = line.Number, ["paper"] = paper.Reference, ["consultation"] = consultation.Id.ToString("N"), ["marking"] = Marking(marking),
            ["supplement"] = item.Supplement,
        });
        await open.Session.CommitAsync(ct);
        return line;
    }

    public async Task<AgendaLine> AddItemAsync(string meeting, string title, bool isPublic, string user, int? expectedVersion, CancellationToken ct)
    {
        InputText.Check(title, "title", InputLimits.LineChars);
        if (string.IsNullOrWhiteSpace(title))
            throw new InputException(null, null, "title", "a free item needs a title", new ErrorText("required"));
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("adding an item");
        var m = open.Meeting;
        var item = new AgendaItem(isPublic && m.IsPublic, AgendaItemKind.Free, title.Trim(), m.PendingSupplement);
        m.Place(item, null);
        var line = AgendaNumbering.LineOf(m, item);
        await AppendAsync(open, "add-item", new JsonObject { ["item"] = line.Number, ["title"] = item.Title, ["supplement"] = item.Supplement }, ct);
        return line;
    }

    /// <summary>Moves an item to <paramref name="position"/> (from 0) within its part.</summary>
    public async Task<AgendaLine> MoveAsync(string meeting, string number, int position, string user, int? expectedVersion, CancellationToken ct)
    {
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("reordering the agenda");
        var m = open.Meeting;
        var item = Item(m, number);
        m.Move(item, position);
        var line = AgendaNumbering.LineOf(m, item);
        await AppendAsync(open, "move-item", new JsonObject { ["item"] = number, ["to"] = line.Number }, ct);
        return line;
    }

    /// <summary>Takes an item off the agenda; a paper's consultation is then due again.</summary>
    public async Task RemoveAsync(string meeting, string number, string user, int? expectedVersion, CancellationToken ct)
    {
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("removing an item");
        var m = open.Meeting;
        var item = Item(m, number);
        if (item.IsRecorded)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"{number} of meeting {m.Number} has a recorded outcome and stays on the agenda")
                { Text = new ErrorText("item-recorded", number) };
        m.Remove(item);
        var now = clock.GetStoredNow();
        await open.Session.BeginAsync(ct);
        if (item.PaperId is { } paperId) await UnscheduleAsync(open, paperId, item.ConsultationId!.Value, number, now, ct);
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "remove-item", m.State, new JsonObject
        {
            ["item"] = number, ["id"] = item.Id.ToString("N"), ["title"] = item.Title,
        });
        await open.Session.CommitAsync(ct);
    }

    /// <summary>Notes in a paper's history that its consultation was taken off a meeting's agenda.</summary>
    internal async Task UnscheduleAsync(OpenMeeting open, Guid paperId, Guid consultationId, string number, DateTimeOffset now, CancellationToken ct)
    {
        var paper = await open.Session.FindAsync(paperId, ct) ?? throw new InvalidOperationException($"paper {paperId} of an agenda item is missing");
        var consultation = paper.Consultations.First(c => c.Id == consultationId);
        await host.NoteAgendaAsync(open.Session, paper, consultation, null, new ActorInfo(open.User.Id, open.Role), "unschedule",
            new JsonObject { ["agenda"] = open.Meeting.Number, ["item"] = number }, now, ct);
    }

    /// <summary>The item printed as <paramref name="number"/>, or a clear error naming the numbers there are.</summary>
    public static AgendaItem Item(Meeting meeting, string number) =>
        AgendaNumbering.Find(meeting, number)?.Item
        ?? throw new InputException(null, null, "item", $"meeting {meeting.Number} has no item '{number}' (items: {string.Join(", ", AgendaNumbering.Lines(meeting).Where(l => l.Item is not null).Select(l => l.Number))})",
            new ErrorText("no-item", number, meeting.Number));

    private async Task<Consultation> DueConsultationAsync(IMeetingSession session, Paper paper, Meeting meeting, CancellationToken ct)
    {
        string? placedOn = null;
        foreach (var consultation in paper.Consultations.Where(c => !c.IsRecorded && c.Body == meeting.Body))
        {
            placedOn = await session.MeetingOfConsultationAsync(consultation.Id, ct);
            if (placedOn is null) return consultation;
        }
        var body = city.Body(meeting.Body).Name;
        throw placedOn is not null
            ? new DrucksachenException(ErrorKind.NotAllowed, $"Drucksache {paper.Reference} is already on the agenda of meeting {placedOn}")
                { Text = new ErrorText("paper-already-placed", paper.Reference, placedOn) }
            : new DrucksachenException(ErrorKind.NotAllowed, $"Drucksache {paper.Reference} has no consultation by {body} still to come")
                { Text = new ErrorText("paper-not-for-body", paper.Reference, body) };
    }

    /// <summary>
    /// Whether a paper released at <paramref name="released"/> may stand on the agenda of a meeting
    /// with <paramref name="deadlines"/> as <paramref name="marking"/> marks it: in time as it is,
    /// after the notice deadline only as urgent or table paper, after the urgent one only as table paper.
    /// </summary>
    internal static bool Fits(DateTimeOffset released, ReleaseDeadlines? deadlines, ItemMarking marking) =>
        (deadlines?.StatusAt(released) ?? DeadlineStatus.InTime) switch
        {
            DeadlineStatus.InTime => true,
            DeadlineStatus.Late => marking == ItemMarking.Table,
            _ => marking != ItemMarking.None,
        };

    private static void CheckNotice(Paper paper, DateTimeOffset released, ReleaseDeadlines? deadlines, ItemMarking marking)
    {
        if (Fits(released, deadlines, marking)) return;
        if (deadlines!.StatusAt(released) == DeadlineStatus.Late)
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"Drucksache {paper.Reference} was released after the deadline for urgent papers of this meeting: it can only be placed as a table paper (Tischvorlage)")
                { Text = new ErrorText("paper-only-table", paper.Reference) };
        throw new DrucksachenException(ErrorKind.NotAllowed,
            $"Drucksache {paper.Reference} was released after the notice deadline of this meeting: place it as urgent (Dringlichkeitsvorlage) or as a table paper (Tischvorlage)")
            { Text = new ErrorText("paper-late-for-meeting", paper.Reference) };
    }

    private async Task AppendAsync(OpenMeeting open, string action, JsonObject details, CancellationToken ct)
    {
        var now = clock.GetStoredNow();
        await open.Session.BeginAsync(ct);
        MeetingHistoryChain.Append(open.Session, open.Meeting, now, open.User.Id, open.Role, action, open.Meeting.State, details);
        await open.Session.CommitAsync(ct);
    }

    private static string? Marking(ItemMarking marking) => marking == ItemMarking.None ? null : marking.ToString().ToLowerInvariant();
}
