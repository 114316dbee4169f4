using System.Security.Cryptography;
using System.Text;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

/// <summary>
/// All public objects of the OParl interface at one moment, derived deterministically from the
/// public data: meetings are the (body, date) pairs of consultations, agenda items the public
/// consultations within them. Built anew whenever the data changes (see <see cref="OParlIndexCache"/>).
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
    public required IReadOnlyDictionary<string, MeetingEntry> MeetingByKey { get; init; }
    public required IReadOnlyList<AgendaItemEntry> AgendaItems { get; init; }
    public required IReadOnlyList<FileEntry> Files { get; init; }
    public required IReadOnlyDictionary<Guid, FileEntry> FileById { get; init; }
    public required IReadOnlyList<OrganizationEntry> Organizations { get; init; }
    public required IReadOnlyDictionary<string, OrganizationEntry> OrganizationByKey { get; init; }
    public required IReadOnlyList<PersonEntry> Persons { get; init; }
    public required IReadOnlyDictionary<string, PersonEntry> PersonByKey { get; init; }
    public required IReadOnlyList<MembershipEntry> Memberships { get; init; }
    public required IReadOnlyDictionary<string, MembershipEntry> MembershipByKey { get; init; }

    /// <summary>Newest change of anything in the index (System and Body).</summary>
    public required DateTimeOffset Newest { get; init; }

    public static OParlIndex Build(PublicData data, City city, OParlOptions options)
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

        // Meetings from every consultation of a public paper (withdrawn ones too, so a meeting does not
        // vanish when one of its papers is withdrawn); agenda items only from public consultations of
        // papers that are not withdrawn: a non-public meeting part publishes no agenda content.
        var meetings = new Dictionary<string, MeetingEntry>(StringComparer.Ordinal);
        var consultations = new List<ConsultationEntry>();
        foreach (var c in data.Consultations)
        {
            if (!paperById.TryGetValue(c.PaperId, out var paper)) continue;
            var key = MeetingKey(c.Body, c.Date);
            if (!meetings.TryGetValue(key, out var meeting))
            {
                var organization = BodyOrganization(c.Body);
                // The meeting embeds configured data (its location), so it changes with the configuration too.
                meetings[key] = meeting = new MeetingEntry(key, organization, c.Date, paper.Created, Max(paper.Modified, since));
                organization.Meetings.Add(meeting);
            }
            meeting.Include(paper, c.Outcome is not null);
            if (paper.Deleted) continue;
            var consultation = new ConsultationEntry(c, paper, meeting, BodyOrganization(c.Body));
            consultations.Add(consultation);
            paper.Consultations.Add(consultation);
            consultation.Organization.Consultations.Add(consultation);
            if (c.IsPublic) meeting.Candidates.Add(consultation);
        }
        foreach (var paper in papers) paper.Consultations.Sort((a, b) => a.Data.Position.CompareTo(b.Data.Position));
        consultations.Sort((a, b) => a.Data.Id.CompareTo(b.Data.Id));

        var agendaItems = new List<AgendaItemEntry>();
        foreach (var meeting in meetings.Values)
        {
            var order = 0;
            foreach (var consultation in meeting.Candidates
                         .OrderBy(c => c.Paper.Created).ThenBy(c => c.Paper.Paper.Id).ThenBy(c => c.Data.Id))
            {
                var item = new AgendaItemEntry(consultation, meeting, ++order);
                consultation.AgendaItem = item;
                meeting.AgendaItems.Add(item);
                agendaItems.Add(item);
            }
        }
        agendaItems.Sort((a, b) => a.Consultation.Data.Id.CompareTo(b.Consultation.Data.Id));
        var meetingList = meetings.Values.OrderBy(m => m.Date).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();
        foreach (var organization in organizations)
        {
            organization.Meetings.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Key, b.Key));
            organization.Consultations.Sort((a, b) => a.Data.Id.CompareTo(b.Data.Id));
        }

        // Files: every stored version; those of a withdrawn paper are deleted objects.
        var files = new List<FileEntry>();
        foreach (var d in data.Documents)
        {
            if (!paperById.TryGetValue(d.PaperId, out var paper)) continue;
            var file = new FileEntry(d, paper);
            files.Add(file);
            paper.Files.Add(file);
        }
        foreach (var paper in papers) paper.Files.Sort((a, b) => a.Data.Version.CompareTo(b.Data.Version));
        files.Sort((a, b) => a.Created != b.Created ? a.Created.CompareTo(b.Created) : a.Data.Id.CompareTo(b.Data.Id));

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

        var newest = papers.Count == 0 ? since : Max(since, papers.Max(p => p.Modified));
        return new OParlIndex
        {
            ConfigurationDate = since,
            Papers = papers,
            PaperById = paperById,
            Consultations = consultations,
            ConsultationById = consultations.ToDictionary(c => c.Data.Id),
            Meetings = meetingList,
            MeetingByKey = meetings,
            AgendaItems = agendaItems,
            Files = files,
            FileById = files.ToDictionary(f => f.Data.Id),
            Organizations = organizations,
            OrganizationByKey = organizations.ToDictionary(o => o.Key, StringComparer.OrdinalIgnoreCase),
            Persons = persons,
            PersonByKey = persons.ToDictionary(p => p.Key, StringComparer.Ordinal),
            Memberships = memberships,
            MembershipByKey = memberships.ToDictionary(m => m.Key, StringComparer.Ordinal),
            Newest = newest,
        };
    }

    public static string MeetingKey(string body, DateOnly date) =>
        $"{body.ToLowerInvariant()}-{date:yyyyMMdd}";

    /// <summary>A stable key for an office, which is known by its name only.</summary>
    public static string OfficeKey(string name) =>
        "office-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];

    /// <summary>Timestamps are published to the second; filters compare them at that precision too.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset t) =>
        new DateTimeOffset(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
