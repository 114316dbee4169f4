using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages;

/// <summary>
/// The demo database plus: a released non-public decision paper of the Jugendhilfeausschuss, a
/// released public paper with a script in its text, 26 more released public papers (for paging),
/// and a council member of the Jugendhilfeausschuss ("jhamitglied").
/// </summary>
public sealed class PagesFixture : WebAppFactory, IAsyncLifetime
{
    public const string HiddenTitle = "Geheime Planung der Hilfen zur Erziehung";
    public const string HiddenWord = "Zauberwort";
    public const string ScriptTitle = "Sonnenblumenwiese am Petersberg";
    public const int FillerCount = 26;

    public Guid DemoId { get; private set; }
    public Guid HiddenId { get; private set; }
    public string HiddenNumber { get; private set; } = "";
    public Guid ScriptId { get; private set; }

    public async Task InitializeAsync()
    {
        _ = Services; // starts the app: migration, accounts, demo paper
        DemoId = (await Services.GetRequiredService<IPaperReads>().FindAsync("1803/22", CancellationToken.None))!.Id;

        var hidden = await ImportAndReleaseAsync("schmidt", $"""
            ---
            type: Beschlussvorlage
            title: {HiddenTitle}
            lead: Jugendamt
            author: Jens Schmidt
            date: 2026-01-10
            public: false
            consultations:
              - {"{"} body: jha, date: 2030-03-05, role: Entscheidung {"}"}
            ---
            ## Beschlussvorschlag

            Der Ausschuss beschließt das {HiddenWord}.

            ## Sachverhalt

            Vertraulich.
            """);
        HiddenId = hidden.Id;
        HiddenNumber = hidden.Number!;

        ScriptId = (await ImportAndReleaseAsync("mueller", $"""
            ---
            type: Informationsvorlage
            title: {ScriptTitle}
            lead: Amt für Soziales
            author: Anja Müller
            date: 2026-01-12
            public: true
            consultations:
              - {"{"} body: sag, date: 2030-03-05 {"}"}
            ---
            ## Sachverhalt

            Die Wiese blüht. <script>alert('x')</script> **fett** [Mehr](javascript:alert(1)) [Stadt](https://www.erfurt.de)
            """)).Id;

        for (var i = 0; i < FillerCount; i++)
        {
            await ImportAndReleaseAsync("mueller", $"""
                ---
                type: Informationsvorlage
                title: Füllvorlage {i:00}
                lead: Amt für Soziales
                author: Anja Müller
                date: 2026-01-13
                consultations:
                  - {"{"} body: sag, date: 2030-04-02 {"}"}
                ---
                ## Sachverhalt

                Nummer {i}.
                """);
        }

        await AddUserAsync("jhamitglied", "Jana Hilfe", ["council"], bodies: ["jha"]);
    }

    public async Task<Drucksachen.Core.Papers.Paper> ImportAndReleaseAsync(string author, string markdown)
    {
        var imported = Services.GetRequiredService<MarkdownPaperReader>().Read(markdown, "test.md");
        var paper = (await Services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new(author, "author"), CancellationToken.None))[0];
        var act = Services.GetRequiredService<ActOnPaper>();
        await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("submit", author), CancellationToken.None);
        return (await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("release", "horn"), CancellationToken.None)).Paper;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
