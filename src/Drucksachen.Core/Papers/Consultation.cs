namespace Drucksachen.Core.Papers;

/// <summary>One entry of a paper's advisory sequence (Beratungsfolge).</summary>
public sealed class Consultation
{
    private Consultation() { }

    public Consultation(string body, DateOnly date, bool isPublic, ConsultationRole role, ConsultationOrigin origin = ConsultationOrigin.Planned)
    {
        Id = Guid.NewGuid();
        Body = body;
        Date = date;
        IsPublic = isPublic;
        Role = role;
        Origin = origin;
    }

    public Guid Id { get; private set; }
    public Guid PaperId { get; private set; }

    /// <summary>Place in the sequence, from 0.</summary>
    public int Position { get; internal set; }

    /// <summary>Key of the body (see configuration).</summary>
    public string Body { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public bool IsPublic { get; private set; }
    public ConsultationRole Role { get; private set; }
    public ConsultationOrigin Origin { get; private set; }

    public string? Outcome { get; private set; }
    public DateOnly? OutcomeDate { get; private set; }
    public string? Vote { get; private set; }
    public string? Note { get; private set; }

    public bool IsRecorded => Outcome is not null;

    /// <summary>Takes the date of the meeting the consultation was placed on.</summary>
    internal void MoveTo(DateOnly date) => Date = date;

    internal void Record(string outcome, DateOnly date, Vote? vote, string? note)
    {
        if (IsRecorded)
            throw new InvalidOperationException($"consultation {Body} {Date} already has outcome {Outcome}");
        Outcome = outcome;
        OutcomeDate = date;
        Vote = vote?.ToString();
        Note = note;
    }

    internal void TakeBack()
    {
        if (!IsRecorded)
            throw new InvalidOperationException($"consultation {Body} {Date} has no outcome to take back");
        Outcome = null;
        OutcomeDate = null;
        Vote = null;
        Note = null;
    }
}
