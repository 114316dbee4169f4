namespace Drucksachen.Core.Papers;

/// <summary>Why a body sees the paper.</summary>
public enum ConsultationRole
{
    /// <summary>Kenntnisnahme.</summary>
    Noting,
    /// <summary>Vorberatung.</summary>
    Preliminary,
    /// <summary>Anhörung.</summary>
    Hearing,
    /// <summary>Entscheidung; at most one consultation of a paper is authoritative.</summary>
    Decision,
}
