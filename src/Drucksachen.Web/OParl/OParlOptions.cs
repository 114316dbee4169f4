namespace Drucksachen.Web.OParl;

/// <summary>Settings of the OParl interface (section "OParl"); everything has a default.</summary>
public sealed class OParlOptions
{
    /// <summary>The key of the one body (the city) in its id: /oparl/bodies/{BodyKey}.</summary>
    public string BodyKey { get; set; } = "1";

    public string? BodyShortName { get; set; }

    /// <summary>The license of the published data (System and Body "license").</summary>
    public string License { get; set; } = "https://creativecommons.org/licenses/by/4.0/";

    public string? Website { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactName { get; set; }

    /// <summary>
    /// When the configuration (city, bodies, offices, legislative term, location) took its present
    /// form: created and modified of the objects built from it, which have no timestamps of their own.
    /// Set it anew whenever that configuration changes, so clients that sync by modified_since see it.
    /// </summary>
    public DateTimeOffset ConfigurationDate { get; set; } = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// How long a check for changed data stands (0: every request checks). An edit shows in OParl
    /// after at most this long.
    /// </summary>
    public int FreshnessMilliseconds { get; set; } = 500;

    public int PageSize { get; set; } = 100;

    /// <summary>The largest page a client can ask for with limit.</summary>
    public int MaxPageSize { get; set; } = 1000;

    public LegislativeTermOptions LegislativeTerm { get; set; } = new();

    /// <summary>The town hall with its address, the body's location; a meeting held there names it by this description.</summary>
    public LocationOptions? Location { get; set; }
}
