using System.Globalization;
using System.Text;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Import;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Workflow;
using Drucksachen.Testing;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>The web application with OParl settings (a meeting place, a dated legislative term) on a clock the fixture can shift.</summary>
public sealed class OParlAppFactory : WebAppFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        // Program reads the city while it builds, before configuration added here is applied;
        // host settings are there from the start.
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OParl:Location:Description"] = "Rathaus Erfurt, Festsaal",
                ["OParl:Location:StreetAddress"] = "Fischmarkt 1",
                ["OParl:Location:PostalCode"] = "99084",
                ["OParl:Location:Locality"] = "Erfurt",
                ["OParl:LegislativeTerm:Name"] = "Wahlperiode 2024–2029",
                ["OParl:LegislativeTerm:StartDate"] = "2024-07-01",
                ["OParl:LegislativeTerm:EndDate"] = "2029-06-30",
                ["OParl:ContactEmail"] = "ratsinfo@example.org",
                // Every request sees the newest data: the tests read right after they change a paper.
                ["OParl:FreshnessMilliseconds"] = "0",
            })
            .Build();
        foreach (var (key, value) in settings.AsEnumerable())
            if (value is not null && !key.StartsWith("ConnectionStrings", StringComparison.Ordinal) && !key.StartsWith("Web:", StringComparison.Ordinal))
                builder.UseSetting(key, value);
    }
}

/// <summary>
/// One application for the OParl tests: the demo paper 1803/22 plus 30 generated papers taken
/// through the workflow with the Core use cases: released, noted, recommended, decided with votes,
/// deferred, one withdrawn after release, one non-public and one left as a draft; and a held meeting
/// of the social committee with a public and a non-public paper on its agenda, invited, recorded and
/// closed through the meeting use cases, so it has an invitation and minutes.
/// </summary>
public sealed class OParlFixture : IAsyncLifetime
{
    public const int Generated = 30;
    public const string NonPublicTitle = "Vertrauliche Grundstücksangelegenheit Petersberg QXZ-7";
    public const string DraftTitle = "Unveröffentlichter Entwurf zur Kita-Planung QXZ-11";
    public const string AgendaTitle = "Förderung der Quartiersarbeit am Herrenberg QXZ-21";
    public const string SecretItemTitle = "Grundstücksangelegenheit Flurstück 17/3 Gemarkung Melchendorf QXZ-22";
    public const string ChangedResolution = "Der Ausschuss beschließt die Förderung mit der Auflage eines Berichts QXZ-23.";
    private const string Clerk = "krause";

    public OParlAppFactory Factory { get; } = new();
    public OParlSchemas Schemas { get; } = OParlSchemas.Load();
    public HttpClient Client { get; private set; } = null!;
    public Guid NonPublicId { get; private set; }
    public Guid DraftId { get; private set; }
    public Guid WithdrawnId { get; private set; }

    /// <summary>The held meeting; its agenda holds the public paper <see cref="AgendaPaperId"/> as Ö x.1 and the non-public one as N y.1.</summary>
    public Meeting Meeting { get; private set; } = null!;
    public Guid AgendaPaperId { get; private set; }

    /// <summary>Released public papers that tests may change (one each).</summary>
    public Queue<(Guid Id, string Author)> Spare { get; } = new();

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        var reader = Get<MarkdownPaperReader>();
        var act = Get<ActOnPaper>();
        var ct = CancellationToken.None;
        await HoldMeetingAsync(ct);
        var texts = Enumerable.Range(0, Generated).Select(i => reader.Read(Markdown(i), $"oparl-{i}.md")).ToList();
        var papers = await Get<ImportPapers>().ExecuteAsync(texts, new ActorInfo("mueller", "author"), ct);
        for (var i = 0; i < Generated; i++)
        {
            var id = papers[i].Id.ToString();
            var author = i % 5 == 1 ? "schmidt" : "mueller";
            if (i == 11) { DraftId = papers[i].Id; continue; }
            await act.ExecuteAsync(id, new ActionInput("submit", author), ct);
            await act.ExecuteAsync(id, new ActionInput("release", "horn"), ct);
            if (i == 7) NonPublicId = papers[i].Id;
            if (i == 13)
            {
                await act.ExecuteAsync(id, new ActionInput("withdraw", author, Comment: "zurückgezogen"), ct);
                WithdrawnId = papers[i].Id;
                continue;
            }
            if (i >= 26) { Spare.Enqueue((papers[i].Id, author)); continue; }
            if (i % 4 == 3) continue;
            await Record(id, Outcome.Noted);
            if (IsDecision(i))
            {
                await Record(id, Outcome.Recommended, vote: "einstimmig");
                if (i % 2 == 0) await Record(id, Outcome.Approved, vote: "30/5/2");
            }
            else if (i == 16)
            {
                await Record(id, Outcome.Deferred, nextDate: Committee(i).AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else if (i % 2 == 0)
            {
                await Record(id, Outcome.Noted, vote: null);
            }
        }

        async Task Record(string id, string outcome, string? vote = null, string? nextDate = null) =>
            await act.ExecuteAsync(id, new ActionInput("record", "krause", Outcome: outcome, Vote: vote, NextDate: nextDate), ct);
    }

    // Planned and invited twenty days ago for ten days ago, recorded and closed on its day: all before the other papers exist.
    private async Task HoldMeetingAsync(CancellationToken ct)
    {
        var clock = Factory.Clock;
        var day = Get<City>().DayOf(clock.GetUtcNow()).AddDays(-10);
        clock.Offset = TimeSpan.FromDays(-20);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";
        var decision = new PaperMarkdown { Type = "Beschlussvorlage", Title = AgendaTitle, Cosigners = [], Date = day.AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Consultation(committee, date, "Entscheidung")
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
            .Section("Beschlussvorschlag", "Der Ausschuss beschließt die Förderung.")
            .Section("Begründung", "Sie stärkt das Zusammenleben.");
        var secret = new PaperMarkdown { Title = SecretItemTitle, Public = false, Cosigners = [], Date = day.AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Consultation(committee, date, "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Ein Grundstück wird verkauft.");
        var reader = Get<MarkdownPaperReader>();
        var imported = await Get<ImportPapers>().ExecuteAsync(
            [reader.Read(decision.Build(), "meeting-decision.md"), reader.Read(secret.Build(), "meeting-secret.md")], new ActorInfo("mueller", "author"), ct);
        var act = Get<ActOnPaper>();
        var numbers = new List<string>();
        foreach (var paper in imported)
        {
            await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("submit", "mueller"), ct);
            numbers.Add((await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("release", "horn"), ct)).Paper.Number!);
        }
        AgendaPaperId = imported[0].Id;

        var meeting = await Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Clerk), ct);
        var agenda = Get<PlanAgenda>();
        var open = await agenda.ScheduleAsync(meeting.Number, numbers[0], Clerk, ItemMarking.None, null, ct);
        var closed = await agenda.ScheduleAsync(meeting.Number, numbers[1], Clerk, ItemMarking.None, null, ct);
        await Get<InviteToMeeting>().ExecuteAsync(meeting.Number, Clerk, urgent: false, null, ct);

        clock.Offset = TimeSpan.FromDays(-10);
        var record = Get<RecordMeeting>();
        await record.AttendAsync(meeting.Number, ["becker", "wolf", "richter"], ["neumann"], Clerk, null, ct);
        await record.RecordAsync(meeting.Number, open.Number, new ItemRecord(Outcome.ApprovedWithChanges, "4/1/0", ChangedResolution), Clerk, null, ct);
        await record.RecordAsync(meeting.Number, closed.Number, new ItemRecord(Outcome.Noted), Clerk, null, ct);
        Meeting = await Get<CloseMeeting>().ExecuteAsync(meeting.Number, Clerk, "19:45", null, ct);
        clock.Offset = TimeSpan.Zero;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public Task<OParlCrawler> CrawlAsync(bool checkFiles = true) => new OParlCrawler(Client, Schemas).RunAsync(checkFiles);

    private static bool IsDecision(int i) => i % 3 == 2;

    private static readonly string[] Committees =
        ["Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "Haupt- und Finanzausschuss", "Jugendhilfeausschuss", "Bau- und Verkehrsausschuss"];

    // Past meetings: an outcome is recorded only once its meeting has taken place.
    private static DateOnly Committee(int i) => new DateOnly(2026, 3, 5).AddDays(i % 5 * 7);

    private static string Markdown(int i)
    {
        var committee = Committee(i);
        var decision = IsDecision(i);
        var title = i switch
        {
            7 => NonPublicTitle,
            11 => DraftTitle,
            _ => $"{(decision ? "Beschluss" : "Information")} Nr. {i} zur Sozialraumplanung im Ortsteil {i % 13}",
        };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            type: {(decision ? "Beschlussvorlage" : "Informationsvorlage")}
            title: {title}
            lead: {(i % 5 == 1 ? "Jugendamt" : "Amt für Soziales")}
            author: {(i % 5 == 1 ? "schmidt" : "mueller")}
            date: {committee.AddDays(-14):yyyy-MM-dd}
            public: {(i == 7 ? "false" : "true")}
            signature: gez. i.V. Horn
            cosigners: []
            consultations:
              - body: Dienstberatung OB
                date: {committee.AddDays(-7):yyyy-MM-dd}
              - body: {Committees[i % Committees.Length]}
                date: {committee:yyyy-MM-dd}
                role: {(decision ? "Vorberatung" : "Kenntnisnahme")}

            """);
        if (decision)
            text.Append(CultureInfo.InvariantCulture, $"""
                  - body: Stadtrat
                    date: {committee.AddDays(14):yyyy-MM-dd}
                    role: Entscheidung

                """);
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            ## Sachverhalt

            Die Verwaltung informiert über den Planungsstand im Ortsteil {i % 13}.

            """);
        if (decision)
            text.Append("""

                ## Beschlussvorschlag

                Der Stadtrat beschließt die Fortschreibung der Sozialraumplanung.

                ## Begründung

                Die Fortschreibung ist erforderlich.

                """);
        return text.ToString();
    }
}

[CollectionDefinition(Name)]
public sealed class OParlCollection : ICollectionFixture<OParlFixture>
{
    public const string Name = "OParl";
}
