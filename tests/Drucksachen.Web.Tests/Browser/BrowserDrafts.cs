using System.Globalization;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>Drafts of the Amt für Soziales (author mueller) that browser tests start from.</summary>
public static class BrowserDrafts
{
    /// <summary>The Dienstberatung OB first, then the social affairs committee, two and four weeks ahead.</summary>
    public static readonly string[] TwoBodies = ["Dienstberatung OB", "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung"];

    /// <summary>A draft with a unique title, text, the Jugendamt as co-signer (or none) and one consultation per body.</summary>
    public static async Task<(Guid Id, string Title)> CreateAsync(this BrowserFixture fixture, bool cosigned = true, IReadOnlyList<string>? bodies = null)
    {
        var services = fixture.App.Services;
        var date = CityDay.Today;
        var title = $"Barrierefreiheit der Entwurfsseite ({Guid.NewGuid():N})";
        var consultations = string.Concat((bodies ?? TwoBodies).Select((b, i) => $"""

              - body: {b}
                date: {date.AddDays(14 * (i + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            """));
        var markdown = $"""
            ---
            type: Informationsvorlage
            title: {title}
            lead: Amt für Soziales
            author: mueller
            date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            public: true
            cosigners: [{(cosigned ? "Jugendamt" : "")}]
            consultations:{consultations}
            ---
            ## Sachverhalt

            Die Verwaltung informiert über den **Stand** der Planung.

            - erster Punkt,
            - zweiter Punkt.
            """;
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(markdown, "entwurf.md");
        var papers = await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), CancellationToken.None);
        return (papers[0].Id, title);
    }

    /// <summary>A draft submitted by its author: waiting for the Jugendamt's co-signature, or (without co-signer) for release.</summary>
    public static async Task<Guid> SubmittedAsync(this BrowserFixture fixture, bool cosigned)
    {
        var (id, _) = await fixture.CreateAsync(cosigned);
        await fixture.App.Services.GetRequiredService<ActOnPaper>()
            .ExecuteAsync(id.ToString(), new ActionInput("submit", "mueller"), CancellationToken.None);
        return id;
    }
}
