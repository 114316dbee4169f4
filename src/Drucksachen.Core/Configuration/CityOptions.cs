namespace Drucksachen.Core.Configuration;

/// <summary>
/// The city the installation serves: its bodies, offices, paper types and (until accounts live in
/// the database) its users. Bound from the "City" section of the host's configuration.
/// </summary>
public sealed class CityOptions
{
    public string Name { get; set; } = "";

    /// <summary>IANA time zone in which meeting days and deadlines are counted.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    public List<BodyOptions> Bodies { get; set; } = [];
    public List<string> Offices { get; set; } = [];
    public List<PaperTypeOptions> PaperTypes { get; set; } = [];

    /// <summary>The places meetings are held at (rooms with their address), offered when a meeting is planned.</summary>
    public List<string> Places { get; set; } = [];
    /// <summary>Accounts created at start where missing: the first administrator, or the demo accounts.</summary>
    public List<UserOptions> Users { get; set; } = [];
}
