using System.Globalization;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.TestSupport;

/// <summary>
/// Papers of the Amt für Soziales (author mueller) made through the use cases, so a test starts where
/// the page it tests comes in. Meetings are given in days from today: the import, unlike a draft,
/// takes past meetings.
/// </summary>
public static class TestPapers
{
    /// <summary>A public draft with a unique title; <paramref name="cosigners"/> as in front matter ("[Jugendamt]").</summary>
    public static async Task<(Guid Id, string Title)> ImportAsync(IServiceProvider services, string title, string type, string cosigners,
        params (string Body, int InDays, string Role)[] consultations)
    {
        title = $"{title} ({Guid.NewGuid():N})";
        var sequence = string.Concat(consultations.Select(c => $"""

              - body: {c.Body}
                date: {Day(c.InDays)}
                role: {c.Role}
            """));
        var markdown = $"""
            ---
            type: {type}
            title: {title}
            lead: Amt für Soziales
            author: mueller
            date: {Day(-20)}
            public: true
            cosigners: {cosigners}
            consultations:{sequence}
            ---
            ## Sachverhalt

            Die Quartiersarbeit wird ausgebaut.
            """;
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(markdown, "vorlage.md");
        var paper = (await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), CancellationToken.None))[0];
        return (paper.Id, title);
    }

    /// <summary>Takes the action as <paramref name="input"/> says; the paper as it is afterwards.</summary>
    public static async Task<Core.Papers.Paper> ActAsync(IServiceProvider services, Guid id, ActionInput input) =>
        (await services.GetRequiredService<ActOnPaper>().ExecuteAsync(id.ToString(), input, CancellationToken.None)).Paper;

    /// <summary>Each action by the one whose turn it is in the shipped workflows: submit mueller, cosign schmidt, release horn, record krause.</summary>
    public static async Task TakeAsync(IServiceProvider services, Guid id, params string[] actions)
    {
        foreach (var action in actions)
            await ActAsync(services, id, new ActionInput(action, action switch
            {
                "submit" => "mueller", "cosign" => "schmidt", "release" => "horn",
                _ => throw new ArgumentException($"no one set to take '{action}'", nameof(actions)),
            }));
    }

    /// <summary>Imports the paper as mueller and walks it to release (papers without co-signers); the released paper.</summary>
    public static async Task<Core.Papers.Paper> ReleaseAsync(IServiceProvider services, Testing.PaperMarkdown markdown)
    {
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(markdown.Build(), "vorlage.md");
        var paper = (await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new(Testing.DemoUsers.Mueller, "author"), CancellationToken.None))[0];
        await TakeAsync(services, paper.Id, "submit", "release");
        return await services.GetRequiredService<Core.Storage.IPaperReads>().FindAsync(paper.Id.ToString(), CancellationToken.None)
            ?? throw new InvalidOperationException("imported paper is gone");
    }

    public static string Day(int fromToday) =>
        CityDay.Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
