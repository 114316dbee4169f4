using System.Security.Cryptography;
using System.Text;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

/// <summary>
/// All public objects of the OParl interface at one moment, derived deterministically from the
/// public data: papers, their consultations and files, council members, and the stored public
/// meetings with their agendas as the public sees them and the public editions of their documents.
/// Built anew whenever the data changes (see <see cref="OParlIndexCache"/>).
/// </summary>
public sealed class OParlIndex
{
    /// <summary>The workflow state every paper type ends in when withdrawn; such papers are deleted objects.</summary>
    public const string WithdrawnState = "withdrawn";

    private OParlIndex() { }

    public required DateTimeOffset ConfigurationDate { get; init; }
    public required IReadOnlyList<PaperEntry> Papers { get; init; }
    public required IReadOnlyDictionary<Guid, PaperEntry> PaperById { get; init; }
    public required IReadOnlyList<ConsultationEntry> Consultations { get; init; }
    public required IReadOnlyDictionary<Guid, ConsultationEntry> ConsultationById { get; init; }
    public required IReadOnlyList<MeetingEntry> Meetings { get; init; }
    public required IReadOnlyDictionary<Guid, MeetingEntry> MeetingById { get; init; }
    public required IReadOnlyList<AgendaItemEntry> AgendaItems { get; init; }
    public required IReadOnlyDictionary<Guid, AgendaItemEntry> AgendaItemById { get; init; }
    public required IReadOnlyList<FileEntry> Files { get; init; }
    public required IReadOnlyDictionary<Guid, FileEntry> FileById { get; init; }
    public required IReadOnlyList<LocationEntry> Locations { get; init; }
    public required IReadOnlyDictionary<string, LocationEntry> LocationByKey { get; init; }

    /// <summary>The configured town hall (OParl:Location), the body's location.</summary>
    public required LocationEntry? BodyLocation { get; init; }
    public required IReadOnlyList<OrganizationEntry> Organizations { get; init; }
    public required IReadOnlyDictionary<string, OrganizationEntry> OrganizationByKey { get; init; }
    public required IReadOnlyList<PersonEntry> Persons { get; init; }
    public required IReadOnlyDictionary<string, PersonEntry> PersonByKey { get; init; }
    public required IReadOnlyList<MembershipEntry> Memberships { get; init; }
    public required IReadOnlyDictionary<string, MembershipEntry> MembershipByKey { get; init; }

    /// <summary>Newest change of anything in the index (System and Body).</summary>
    public required DateTimeOffset Newest { get; init; }

    /// <param name="agendas">The public meetings' agendas as the public sees them (<see cref="MeetingViews.PublicAgendasAsync"/>), by meeting id.</param>
    public static OParlIndex Build(PublicData data, IReadOnlyDictionary<Guid, IReadOnlyList<AgendaEntry>> agendas, City city, OParlOptions options)
    {
        var since = Seconds(options.ConfigurationDate);

        // Organizations: the bodies of the configuration, then the offices, then offices only papers name.
        var organizations = new List<OrganizationEntry>();
        var bodyOrganizations = new Dictionary<string, OrganizationEntry>(StringComparer.OrdinalIgnoreCase);
        var officeOrganizations = new Dictionary<string, OrganizationEntry>(StringComparer.Ordinal);
        foreach (var body in city.Bodies)
        {
            var entry = new OrganizationEntry(body.Key, body.Name, OrganizationKind.Body, since);
            organizations.Add(entry);
            bodyOrganizations[body.Key] = entry;
        }
        OrganizationEntry Office(string name)
        {
            if (officeOrganizations.TryGetValue(name, out var found)) return found;
            var entry = new OrganizationEntry(OfficeKey(name), name, OrganizationKind.Office, since);
            organizations.Add(entry);
            officeOrganizations[name] = entry;
            return entry;
        }
        OrganizationEntry BodyOrganization(string key)
        {
            if (bodyOrganizations.TryGetValue(key, out var found)) return found;
            // A body no longer configured: still named by its key, so its consultations keep their organization.
            var entry = new OrganizationEntry(key, key, OrganizationKind.Body, since);
            organizations.Add(entry);
            bodyOrganizations[key] = entry;
            return entry;
        }
        foreach (var office in city.Offices) Office(office);

        // Papers, oldest first; a withdrawn paper is a deleted object.
        var papers = data.Papers
            .Select(p => new PaperEntry(p, p.State == WithdrawnState, Seconds(p.CreatedAt), Seconds(p.ModifiedAt), Office(p.LeadOffice)))
            .OrderBy(p => p.Created).ThenBy(p => p.Paper.Id)
            .ToList();
        var paperById = papers.ToDictionary(p => p.Paper.Id);

        var consultations = new List<ConsultationEntry>();
        foreach (var c in data.Consultations)
        {
            if (!paperById.TryGetValue(c.PaperId, out var paper) || paper.Deleted) continue;
            var consultation = new ConsultationEntry(c, paper, BodyOrganization(c.Body));
            consultations.Add(consultation);
            paper.Consultations.Add(consultation);
            consultation.Organization.Consultations.Add(consultation);
        }
        foreach (var paper in papers) paper.Consultations.Sort((a, b) => a.Data.Position.CompareTo(b.Data.Position));
        consultations.Sort((a, b) => a.Data.Id.CompareTo(b.Data.Id));
        var consultationById = consultations.ToDictionary(c => c.Data.Id);

        // Places: the configured town hall, the configured places, then those only meetings name.
        var locations = new List<LocationEntry>();
        var locationByText = new Dictionary<string, LocationEntry>(StringComparer.OrdinalIgnoreCase);
        LocationEntry? bodyLocation = null;
        if (options.Location is { } configured)
        {
            bodyLocation = new LocationEntry(configured.Key, configured.Description ?? city.Name, configured, since);
            locations.Add(bodyLocation);
            if (configured.Description is { } text) locationByText[text] = bodyLocation;
        }
        LocationEntry? Place(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (locationByText.TryGetValue(text.Trim(), out var found)) return found;
            var entry = new LocationEntry(PlaceKey(text.Trim()), text.Trim(), null, since);
            locations.Add(entry);
            locationByText[entry.Description] = entry;
            return entry;
        }
        foreach (var place in city.Places) Place(place);

        // Meetings: the stored public ones; their agendas as the public sees them, the non-public part by number only.
        var meetings = new List<MeetingEntry>();
        var agendaItems = new List<AgendaItemEntry>();
        foreach (var m in data.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Start).ThenBy(m => m.Number, StringComparer.Ordinal))
        {
            if (!agendas.TryGetValue(m.Id, out var agenda)) continue;
            var items = agenda.Where(e => e.ItemId is not null).ToList();
            var papersModified = items.Select(e => e.ConsultationId is { } id ? consultationById.GetValueOrDefault(id)?.Paper.Modified : null)
                .OfType<DateTimeOffset>();
            var modified = papersModified.Aggregate(Max(Seconds(m.ModifiedAt), since), Max);
            var organization = BodyOrganization(m.Body);
            var location = Place(m.Location);
            var meeting = new MeetingEntry(m, organization, location, modified);
            meetings.Add(meeting);
            organization.Meetings.Add(meeting);
            location?.Add(meeting);
            foreach (var entry in items)
            {
                var consultation = entry.ConsultationId is { } id ? consultationById.GetValueOrDefault(id) : null;
                var item = new AgendaItemEntry(entry, meeting, meeting.AgendaItems.Count + 1, consultation);
                if (consultation is not null) consultation.AgendaItem = item;
                meeting.AgendaItems.Add(item);
                agendaItems.Add(item);
            }
        }
        foreach (var organization in organizations) organization.Consultations.Sort((a, b) => a.Data.Id.CompareTo(b.Data.Id));

        // Files: every stored version; those of a withdrawn paper are deleted objects.
        var files = new List<FileEntry>();
        foreach (var d in data.Documents.OrderBy(d => d.Version))
        {
            if (!paperById.TryGetValue(d.PaperId, out var paper)) continue;
            var file = FileEntry.OfPaper(d, paper);
            files.Add(file);
            paper.Files.Add(file);
        }
        // The public editions of the meetings' documents.
        var meetingById = meetings.ToDictionary(m => m.Meeting.Id);
        foreach (var d in data.MeetingDocuments.OrderBy(d => d.Version))
        {
            if (!d.IsPublic || !meetingById.TryGetValue(d.MeetingId, out var meeting)) continue;
            var file = FileEntry.OfMeeting(d, meeting);
            files.Add(file);
            meeting.Files.Add(file);
        }
        files.Sort((a, b) => a.Created != b.Created ? a.Created.CompareTo(b.Created) : a.Id.CompareTo(b.Id));

        // Council members and their memberships in the bodies they sit on.
        var persons = new List<PersonEntry>();
        var memberships = new List<MembershipEntry>();
        foreach (var member in data.CouncilMembers.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var person = new PersonEntry(member.Key, member.Name, since);
            persons.Add(person);
            foreach (var bodyKey in member.Bodies.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var body = city.FindBody(bodyKey);
                var organization = BodyOrganization(body?.Key ?? bodyKey);
                var membership = new MembershipEntry($"{member.Key}-{organization.Key}", person, organization, since);
                person.Memberships.Add(membership);
                organization.Memberships.Add(membership);
                memberships.Add(membership);
            }
        }
        // OParl's participants are those who were there, not those invited: the members recorded present, once recorded.
        var personByKey = persons.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var personByLogin = data.CouncilMembers.ToDictionary(m => m.Login, m => personByKey[m.Key], StringComparer.OrdinalIgnoreCase);
        foreach (var meeting in meetings)
            meeting.Participants.AddRange(meeting.Meeting.Attendance.Where(a => a.Status == AttendanceStatus.Present)
                .Select(a => personByLogin.GetValueOrDefault(a.Member)).OfType<PersonEntry>().Distinct().OrderBy(p => p.Key, StringComparer.Ordinal));

        var newest = papers.Select(p => p.Modified).Concat(meetings.Select(m => m.Modified)).Aggregate(since, Max);
        return new OParlIndex
        {
            ConfigurationDate = since,
            Papers = papers,
            PaperById = paperById,
            Consultations = consultations,
            ConsultationById = consultationById,
            Meetings = meetings,
            MeetingById = meetingById,
            AgendaItems = agendaItems,
            AgendaItemById = agendaItems.ToDictionary(a => a.Id),
            Files = files,
            FileById = files.ToDictionary(f => f.Id),
            Locations = locations,
            LocationByKey = locations.ToDictionary(l => l.Key, StringComparer.Ordinal),
            BodyLocation = bodyLocation,
            Organizations = organizations,
            OrganizationByKey = organizations.ToDictionary(o => o.Key, StringComparer.OrdinalIgnoreCase),
            Persons = persons,
            PersonByKey = personByKey,
            Memberships = memberships,
            MembershipByKey = memberships.ToDictionary(m => m.Key, StringComparer.Ordinal),
            Newest = newest,
        };
    }

    /// <summary>A stable key for an office, which is known by its name only.</summary>
    public static string OfficeKey(string name) => "office-" + Hash(name);

    /// <summary>A stable key for a place known by its text only.</summary>
    public static string PlaceKey(string text) => "place-" + Hash(text.ToLowerInvariant());

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    /// <summary>Timestamps are published to the second; filters compare them at that precision too.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset t) =>
        new DateTimeOffset(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
