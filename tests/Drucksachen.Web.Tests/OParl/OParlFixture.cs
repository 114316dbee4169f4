using System.Globalization;
using System.Text;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Workflow;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>The web application with OParl settings (a meeting place, a dated legislative term).</summary>
public sealed class OParlAppFactory : WebAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
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
/// deferred, one withdrawn after release, one non-public and one left as a draft.
/// </summary>
public sealed class OParlFixture : IAsyncLifetime
{
    public const int Generated = 30;
    public const string NonPublicTitle = "Vertrauliche Grundstücksangelegenheit Petersberg QXZ-7";
    public const string DraftTitle = "Unveröffentlichter Entwurf zur Kita-Planung QXZ-11";

    public OParlAppFactory Factory { get; } = new();
    public OParlSchemas Schemas { get; } = OParlSchemas.Load();
    public HttpClient Client { get; private set; } = null!;
    public Guid NonPublicId { get; private set; }
    public Guid DraftId { get; private set; }
    public Guid WithdrawnId { get; private set; }

    /// <summary>Released public papers that tests may change (one each).</summary>
    public Queue<(Guid Id, string Author)> Spare { get; } = new();

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        var reader = Get<MarkdownPaperReader>();
        var act = Get<ActOnPaper>();
        var ct = CancellationToken.None;
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
