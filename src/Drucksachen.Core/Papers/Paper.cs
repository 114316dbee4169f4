namespace Drucksachen.Core.Papers;

/// <summary>
/// A council paper (Drucksache): its content, its advisory sequence and where its workflow stands.
/// State changes go through the guarded methods here; the use cases in <see cref="PaperService"/>
/// decide when to call them.
/// </summary>
public sealed class Paper
{
    private readonly List<Consultation> _consultations = [];

    private Paper() { }

    public Paper(PaperContent content, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Type = content.Type;
        Title = content.Title;
        LeadOffice = content.LeadOffice;
        Author = content.Author;
        Date = content.Date;
        IsPublic = content.IsPublic;
        Signature = content.Signature;
        Sections = new Dictionary<string, string>(content.Sections);
        Attachments = [.. content.Attachments];
        Cosigners = [.. content.Cosigners];
        foreach (var c in content.Consultations) AddConsultation(_consultations.Count, c);
        CreatedAt = ModifiedAt = now;
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string LeadOffice { get; private set; } = "";
    public string Author { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public bool IsPublic { get; private set; }
    public string Signature { get; private set; } = "";
    public Dictionary<string, string> Sections { get; private set; } = [];
    public List<string> Attachments { get; private set; } = [];

    /// <summary>Offices involved in co-signing (Mitzeichnung).</summary>
    public List<string> Cosigners { get; private set; } = [];

    public IReadOnlyList<Consultation> Consultations => _consultations;

    /// <summary>The number ("1803/22"), once released; never reused.</summary>
    public string? Number { get; private set; }

    /// <summary>When the paper was released; until then only its offices and the administration see it.</summary>
    public DateTimeOffset? ReleasedAt { get; private set; }
    public string? NumberSeries { get; private set; }
    public int? NumberYear { get; private set; }
    public int? NumberSequence { get; private set; }

    /// <summary>The workflow state id, mirrored from the instance for queries.</summary>
    public string State { get; private set; } = "";
    public bool IsFinished { get; private set; }
    public DeadlineStatus Deadline { get; private set; }
    // Null only between construction and StartWorkflow, which every creation path calls at once.
    public PaperWorkflow Workflow { get; private set; } = null!;

    /// <summary>Optimistic concurrency token: every change increments it.</summary>
    public int Version { get; private set; }

    /// <summary>Hash of the newest history entry; anchors the chain so a removed tail is detected.</summary>
    public string HistoryHead { get; private set; } = "";
    public int HistoryCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ModifiedAt { get; private set; }

    /// <summary>"1803/22", or the first digits of the id while the paper has no number.</summary>
    public string Reference => Number ?? Id.ToString("N")[..8];

    internal void StartWorkflow(PaperWorkflow workflow, string state, bool finished)
    {
        if (Workflow is not null) throw new InvalidOperationException($"paper {Id} already runs a workflow");
        Workflow = workflow;
        State = state;
        IsFinished = finished;
    }

    /// <summary>The consultation the advisory sequence is at, if it is running.</summary>
    public Consultation? ConsultationAt(int position) =>
        position >= 0 && position < _consultations.Count ? _consultations[position] : null;

    internal void AssignNumber(string number, string series, int year, int sequence)
    {
        if (Number is not null)
            throw new InvalidOperationException($"paper {Id} already has number {Number}");
        Number = number;
        NumberSeries = series;
        NumberYear = year;
        NumberSequence = sequence;
    }

    internal void Release(DateTimeOffset at)
    {
        if (Number is null) throw new InvalidOperationException($"paper {Id} cannot be released without a number");
        ReleasedAt ??= at;
    }

    internal void RecordOutcome(int position, string outcome, DateOnly date, Vote? vote, string? note) =>
        (ConsultationAt(position) ?? throw new InvalidOperationException($"no consultation at {position}"))
            .Record(outcome, date, vote, note);

    /// <summary>
    /// Takes back the outcome recorded at <paramref name="position"/> and the consultation inserted for
    /// it, for a correction that records another; the history keeps what was recorded before.
    /// </summary>
    internal void TakeBackOutcome(int position, int? insertedIndex)
    {
        if (insertedIndex is { } index)
        {
            var inserted = ConsultationAt(index) ?? throw new InvalidOperationException($"no consultation at {index}");
            if (inserted.IsRecorded)
                throw new InvalidOperationException($"consultation {inserted.Body} {inserted.Date} has an outcome and cannot be taken back");
            _consultations.RemoveAt(index);
            for (var i = 0; i < _consultations.Count; i++) _consultations[i].Position = i;
        }
        (ConsultationAt(position) ?? throw new InvalidOperationException($"no consultation at {position}")).TakeBack();
    }

    internal void InsertConsultation(int position, Consultation consultation)
    {
        if (position < 0 || position > _consultations.Count)
            throw new ArgumentOutOfRangeException(nameof(position));
        AddConsultation(position, consultation);
    }

    /// <summary>
    /// Replaces what an author may change while drafting: everything but type, lead office and
    /// author. Refused once the paper has a number or was released.
    /// </summary>
    internal void Revise(string title, DateOnly date, bool isPublic, string signature,
        IReadOnlyDictionary<string, string> sections, IReadOnlyList<string> attachments, IReadOnlyList<string> cosigners)
    {
        RequireDraft();
        Title = title;
        Date = date;
        IsPublic = isPublic;
        Signature = signature;
        Sections = new Dictionary<string, string>(sections);
        Attachments = [.. attachments];
        Cosigners = [.. cosigners];
    }

    /// <summary>
    /// Replaces the planned advisory sequence, in the given order. Consultations of this paper that
    /// are passed again are kept (moved); the others are removed. Only while drafting, and only
    /// while no consultation has an outcome.
    /// </summary>
    internal void SetConsultations(IReadOnlyList<Consultation> consultations)
    {
        RequireDraft();
        if (_consultations.Any(c => c.IsRecorded))
            throw new InvalidOperationException($"paper {Id} has recorded outcomes; its sequence cannot be replanned");
        _consultations.Clear();
        foreach (var c in consultations) _consultations.Add(c);
        for (var i = 0; i < _consultations.Count; i++) _consultations[i].Position = i;
    }

    private void RequireDraft()
    {
        if (Number is not null || ReleasedAt is not null)
            throw new InvalidOperationException($"paper {Reference} is no longer a draft");
    }

    internal void MoveTo(string state, bool finished, string instanceJson, DateTimeOffset? nextDueAt)
    {
        State = state;
        IsFinished = finished;
        Workflow.Update(instanceJson, nextDueAt);
    }

    /// <summary>Gives a consultation the date of the meeting it was placed on.</summary>
    internal void MoveConsultation(Consultation consultation, DateOnly date)
    {
        if (!_consultations.Contains(consultation)) throw new InvalidOperationException($"consultation {consultation.Id} is not one of paper {Id}'s");
        consultation.MoveTo(date);
    }

    internal void FlagDeadline(DeadlineStatus status)
    {
        if (status > Deadline) Deadline = status;
    }

    internal void Appended(string hash, DateTimeOffset at)
    {
        HistoryHead = hash;
        HistoryCount++;
        Version++;
        ModifiedAt = at;
    }

    private void AddConsultation(int position, Consultation consultation)
    {
        _consultations.Insert(position, consultation);
        for (var i = 0; i < _consultations.Count; i++) _consultations[i].Position = i;
    }
}
