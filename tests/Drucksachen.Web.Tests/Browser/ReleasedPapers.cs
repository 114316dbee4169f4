using System.Globalization;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// A released public Beschlussvorlage of the Amt für Soziales, made through the use cases (import,
/// submit, release) so a browser test starts where the clerk's work begins. Meetings are given in days
/// from today: the import, unlike a draft, takes past meetings.
/// </summary>
public static class ReleasedPapers
{
    public const string Committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";

    public static async Task<Core.Papers.Paper> DecisionAsync(this BrowserFixture fixture, string title, int committeeInDays, int councilInDays)
    {
        var services = fixture.App.Services;
        var markdown = $"""
            ---
            type: Beschlussvorlage
            title: {title} ({Guid.NewGuid():N})
            lead: Amt für Soziales
            author: mueller
            date: {Day(-20)}
            public: true
            consultations:
              - body: {Committee}
                date: {Day(committeeInDays)}
                role: Vorberatung
              - body: Stadtrat
                date: {Day(councilInDays)}
                role: Entscheidung
            ---
            ## Beschlussvorschlag

            Der Stadtrat beschließt die Förderung.

            ## Sachverhalt

            Die Quartiersarbeit wird ausgebaut.
            """;
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(markdown, "beschluss.md");
        var paper = (await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), CancellationToken.None))[0];
        var act = services.GetRequiredService<ActOnPaper>();
        await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("submit", "mueller"), CancellationToken.None);
        return (await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("release", "horn"), CancellationToken.None)).Paper;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    public static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string German(int fromToday) => Today.AddDays(fromToday).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
