using System.Text.Json;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Api;

/// <summary>
/// The application with two papers outsiders must never reach: a non-public paper consulted only by
/// the Jugendhilfeausschuss (jha), walked to release (so it has a number and a PDF), and a draft of
/// the Jugendamt marked public, with a PDF version of its own (drafts are its office's until
/// release). weber is a council member of jha; becker sits on other bodies, wagner writes for
/// another office.
/// </summary>
public sealed class HiddenPaperFixture : WebAppFactory, IAsyncLifetime
{
    public string Id { get; private set; } = "";
    public string Number { get; private set; } = "";

    /// <summary>The public draft of the Jugendamt.</summary>
    public string DraftId { get; private set; } = "";

    /// <summary>Ids of both papers' consultations and PDF versions (OParl names them by these).</summary>
    public IReadOnlyList<string> PartIds { get; private set; } = [];

    /// <summary>A word only the released hidden paper's title and text contain.</summary>
    public string Word { get; } = "Geheimsache" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A word only the draft's title and text contain.</summary>
    public string DraftWord { get; } = "Entwurfsache" + Guid.NewGuid().ToString("N")[..8];

    public string Title => "Kinderschutzfall " + Word;

    public string DraftTitle => "Entwurf Kita-Planung " + DraftWord;

    public async Task InitializeAsync()
    {
        await AddUserAsync("weber", "Klaus Weber", ["council"], bodies: ["jha"]);
        var schmidt = await this.WithTokenAsync("schmidt");
        Id = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage(Title, isPublic: false, ApiPapers.JugendhilfeOnly));
        var released = await this.ReleaseAsync(Id);
        Number = released.GetProperty("number").GetString()!;
        DraftId = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage(DraftTitle, isPublic: true));
        await schmidt.JsonAsync(await schmidt.PostAsync($"/api/papers/{DraftId}/documents", null), System.Net.HttpStatusCode.Created);

        var store = Services.GetRequiredService<IPaperReads>();
        var parts = new List<string>();
        foreach (var id in new[] { Id, DraftId })
        {
            var paper = (await store.FindAsync(id, CancellationToken.None))!;
            parts.AddRange(paper.Consultations.Select(c => c.Id.ToString()));
            parts.AddRange((await store.DocumentsAsync(paper.Id, CancellationToken.None)).Select(d => d.Id.ToString()));
        }
        PartIds = parts;
    }

    /// <summary>The number as URLs write it (1803-22).</summary>
    public string UrlNumber => Number.Replace('/', '-');

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static bool Mentions(string text, HiddenPaperFixture paper) =>
        text.Contains(paper.Word, StringComparison.Ordinal) || text.Contains(paper.DraftWord, StringComparison.Ordinal)
        || new[] { paper.Id, paper.DraftId }.Any(id =>
            text.Contains(id, StringComparison.OrdinalIgnoreCase) || text.Contains(id.Replace("-", "")[..8], StringComparison.OrdinalIgnoreCase))
        || paper.PartIds.Any(id => text.Contains(id, StringComparison.OrdinalIgnoreCase))
        || text.Contains(JsonSerializer.Serialize(paper.Number).Trim('"'), StringComparison.Ordinal);
}
