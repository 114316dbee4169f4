namespace Drucksachen.Core.Papers;

/// <summary>How a consultation came into the sequence.</summary>
public enum ConsultationOrigin
{
    /// <summary>Planned by the author.</summary>
    Planned,
    /// <summary>Inserted because the previous meeting deferred the paper.</summary>
    Deferral,
    /// <summary>Inserted because a body referred the paper to this one.</summary>
    Referral,
}
