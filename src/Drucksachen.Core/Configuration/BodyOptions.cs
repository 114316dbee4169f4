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

    /// <summary>
    /// Format of the body's meeting numbers, running per body and year, e.g. "SAG/{n:000}/{yyyy}"
    /// (see <see cref="Numbers.NumberFormat"/>). Default: the key in capitals, "/{n:000}/{yyyy}".
    /// </summary>
    public string? MeetingNumberFormat { get; set; }

    /// <summary>When the body's meetings usually start.</summary>
    public TimeOnly MeetingStart { get; set; } = new(17, 0);

    /// <summary>Where the body usually meets: one of the city's places or free text.</summary>
    public string? MeetingPlace { get; set; }

    /// <summary>Members needed for a quorum; default: more than half of the members.</summary>
    public int? Quorum { get; set; }

    /// <summary>Who chairs the body's meetings: signs the invitation and, with the minute-taker, the minutes.</summary>
    public string? Chair { get; set; }

    public AgendaOptions Agenda { get; set; } = new();

    /// <summary>The meeting number format in effect.</summary>
    public string MeetingNumberFormatOrDefault => MeetingNumberFormat ?? Key.ToUpperInvariant() + "/{n:000}/{yyyy}";
}
