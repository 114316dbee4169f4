namespace Drucksachen.Web.Features.Meetings;

/// <summary>
/// The addresses of a meeting's pages. A meeting number holds slashes ("SAG/001/2026"), so its
/// address writes them as hyphens (/Sitzungen/SAG-001-2026), as paper numbers are written in URLs.
/// </summary>
public static class MeetingLinks
{
    public const string List = "/Sitzungen";
    public const string Mine = "/Sitzungen/Meine";
    public const string New = "/Sitzungen/Neu";
    public const string PublicFeed = "/Sitzungen.ics";

    public static string Page(string number) => List + "/" + Uri.EscapeDataString(number.Replace('/', '-'));

    public static string Agenda(string number) => Page(number) + "/Tagesordnung";

    public static string Recording(string number) => Page(number) + "/Erfassung";

    public static string History(string number) => Page(number) + "/Verlauf";

    public static string Document(string number, int version) => Page(number) + "/Dokumente/" + version;

    /// <summary>The packet: the public one, or the members' one with the non-public part.</summary>
    public static string Packet(string number, bool members) => Page(number) + "/Sitzungsmappe/" + (members ? MembersEdition : PublicEdition);

    public const string PublicEdition = "oeffentlich";
    public const string MembersEdition = "mitglieder";

    /// <summary>The numbers or ids an address segment may stand for: as written, and with its hyphens read as slashes.</summary>
    public static IEnumerable<string> Candidates(string segment)
    {
        yield return segment;
        if (segment.Contains('-', StringComparison.Ordinal) && !Guid.TryParse(segment, out _)) yield return segment.Replace('-', '/');
    }
}
