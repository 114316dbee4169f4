using System.Text.Json;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Api;

/// <summary>
/// The application with one non-public paper, consulted only by the Jugendhilfeausschuss (jha) and
/// walked to release (so it has a number and a PDF), and weber, a council member of jha.
/// </summary>
public sealed class HiddenPaperFixture : WebAppFactory, IAsyncLifetime
{
    public string Id { get; private set; } = "";
    public string Number { get; private set; } = "";

    /// <summary>A word only this paper's title and text contain.</summary>
    public string Word { get; } = "Geheimsache" + Guid.NewGuid().ToString("N")[..8];

    public string Title => "Kinderschutzfall " + Word;

    public async Task InitializeAsync()
    {
        await AddUserAsync("weber", "Klaus Weber", ["council"], bodies: ["jha"]);
        var schmidt = await this.WithTokenAsync("schmidt");
        Id = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage(Title, isPublic: false, ApiPapers.JugendhilfeOnly));
        var released = await this.ReleaseAsync(Id);
        Number = released.GetProperty("number").GetString()!;
    }

    /// <summary>The number as URLs write it (1803-22).</summary>
    public string UrlNumber => Number.Replace('/', '-');

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static bool Mentions(string text, HiddenPaperFixture paper) =>
        text.Contains(paper.Id, StringComparison.OrdinalIgnoreCase) || text.Contains(paper.Word, StringComparison.Ordinal)
        || text.Contains(paper.Id.Replace("-", "")[..8], StringComparison.OrdinalIgnoreCase)
        || text.Contains(JsonSerializer.Serialize(paper.Number).Trim('"'), StringComparison.Ordinal);
}
