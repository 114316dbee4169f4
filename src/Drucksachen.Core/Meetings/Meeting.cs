using Drucksachen.Core.Configuration;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// A meeting (Sitzung) of a body: its number, time and place, its agenda in a public and a
/// non-public part, who attended, and its state. Every change is an entry in its history
/// (<see cref="MeetingHistoryEntry"/>), chained like a paper's.
/// </summary>
public sealed class Meeting
{
    private readonly List<AgendaItem> _items = [];
    private readonly List<Attendance> _attendance = [];

    private Meeting() { }

    internal Meeting(BodyOptions body, string number, int year, int sequence, DateOnly date, TimeOnly start, TimeOnly? end, string location,
        DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Body = body.Key;
        Number = number;
        NumberYear = year;
        NumberSequence = sequence;
        Date = date;
        Start = start;
        End = end;
        Location = location;
        IsPublic = body.MeetsInPublic;
        State = MeetingStates.Scheduled;
        CreatedAt = now;
        ModifiedAt = now;
        if (IsPublic)
        {
            foreach (var title in body.Agenda.PublicOpening) Append(new AgendaItem(true, AgendaItemKind.Opening, title, 0));
            foreach (var title in body.Agenda.PublicClosing) Append(new AgendaItem(true, AgendaItemKind.Closing, title, 0));
        }
        foreach (var title in body.Agenda.NonPublicOpening) Append(new AgendaItem(false, AgendaItemKind.Opening, title, 0));
        foreach (var title in body.Agenda.NonPublicClosing) Append(new AgendaItem(false, AgendaItemKind.Closing, title, 0));
    }

    public Guid Id { get; private set; }

    /// <summary>Key of the body.</summary>
    public string Body { get; private set; } = "";

    /// <summary>e.g. "SAG/001/2026".</summary>
    public string Number { get; private set; } = "";
    public int NumberYear { get; private set; }
    public int NumberSequence { get; private set; }

    public DateOnly Date { get; private set; }
    public TimeOnly Start { get; private set; }
    public TimeOnly? End { get; private set; }
    public string Location { get; private set; } = "";

    /// <summary>Whether the meeting has a public part at all (not so for the mayor's Dienstberatung).</summary>
    public bool IsPublic { get; private set; }

    /// <summary>See <see cref="MeetingStates"/>.</summary>
    public string State { get; private set; } = "";
    public string? CancelReason { get; private set; }

    /// <summary>The invitation went out after the notice period, marked urgent.</summary>
    public bool InvitedUrgently { get; private set; }

    /// <summary>Supplementary agendas (Nachträge) sent after the invitation.</summary>
    public int Supplements { get; private set; }

    public IReadOnlyList<AgendaItem> Items => _items;
    public IReadOnlyList<Attendance> Attendance => _attendance;

    /// <summary>Raised by every change; the concurrency token of the meeting's row.</summary>
    public int Version { get; private set; }
    public string HistoryHead { get; private set; } = "";
    public int HistoryCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ModifiedAt { get; private set; }

    public bool IsInvited => State is MeetingStates.Invited;
    public bool IsOpen => State is MeetingStates.Scheduled or MeetingStates.Invited;

    /// <summary>The supplement a change to the agenda now belongs to: none before the invitation.</summary>
    public int PendingSupplement => State == MeetingStates.Scheduled ? 0 : Supplements + 1;

    /// <summary>The items of one part in order.</summary>
    public IEnumerable<AgendaItem> Part(bool isPublic) => _items.Where(i => i.IsPublic == isPublic).OrderBy(i => i.Position);

    internal void Place(AgendaItem item, int? position)
    {
        var part = Part(item.IsPublic).ToList();
        var index = position is { } p ? Math.Clamp(p, 0, part.Count) : DefaultPlace(part, item);
        part.Insert(index, item);
        _items.Add(item);
        Renumber(part);
    }

    internal void Move(AgendaItem item, int position)
    {
        var part = Part(item.IsPublic).ToList();
        part.Remove(item);
        part.Insert(Math.Clamp(position, 0, part.Count), item);
        Renumber(part);
    }

    internal void Remove(AgendaItem item)
    {
        _items.Remove(item);
        Renumber(Part(item.IsPublic).ToList());
    }

    internal void Invite(bool urgent)
    {
        if (State == MeetingStates.Scheduled)
        {
            State = MeetingStates.Invited;
            InvitedUrgently = urgent;
        }
        else
        {
            Supplements++;
        }
    }

    internal void Reschedule(DateOnly date, TimeOnly start, TimeOnly? end, string location)
    {
        Date = date;
        Start = start;
        End = end;
        Location = location;
    }

    internal void SetAttendance(IEnumerable<Attendance> attendance)
    {
        _attendance.Clear();
        _attendance.AddRange(attendance);
    }

    internal void Close(TimeOnly? end)
    {
        State = MeetingStates.Held;
        End = end ?? End;
    }

    internal void Cancel(string reason)
    {
        State = MeetingStates.Cancelled;
        CancelReason = reason;
    }

    internal void Appended(string hash, DateTimeOffset at)
    {
        HistoryHead = hash;
        HistoryCount++;
        Version++;
        ModifiedAt = at;
    }

    private void Append(AgendaItem item)
    {
        item.Position = _items.Count(i => i.IsPublic == item.IsPublic);
        _items.Add(item);
    }

    // A paper joins the last paper of its group, else follows the papers and free items, before the closing items.
    private static int DefaultPlace(List<AgendaItem> part, AgendaItem item)
    {
        var sameGroup = part.FindLastIndex(i => i.Kind == AgendaItemKind.Paper && i.Group == item.Group);
        if (item.Kind == AgendaItemKind.Paper && sameGroup >= 0) return sameGroup + 1;
        var closing = part.FindIndex(i => i.Kind == AgendaItemKind.Closing);
        return closing >= 0 ? closing : part.Count;
    }

    private static void Renumber(List<AgendaItem> part)
    {
        for (var i = 0; i < part.Count; i++) part[i].Position = i;
    }
}
