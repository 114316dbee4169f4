namespace Drucksachen.Core.Configuration;

/// <summary>A body (Gremium) that consults papers.</summary>
public sealed class BodyOptions
{
    /// <summary>Short stable key stored with consultations, e.g. "sag".</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>
    /// Full days that must lie between release and the meeting day (Thüringen: 4). Null for internal
    /// bodies such as the mayor's Dienstberatung, which have no statutory notice period.
    /// </summary>
    public int? NoticeDays { get; set; }

    /// <summary>Full days between release and meeting that still allow an urgent paper (Thüringen: 1).</summary>
    public int? UrgentNoticeDays { get; set; }

    /// <summary>False for bodies that never meet in public (Dienstberatung OB).</summary>
    public bool MeetsInPublic { get; set; } = true;
}
