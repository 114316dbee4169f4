using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drucksachen.Core;
using Drucksachen.Testing;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Api.Meetings;

/// <summary>
/// A meeting of the social committee (sag) on 03.11.2022 run through /api/meetings by the clerk
/// krause: a public paper, a non-public paper and a non-public free item on the agenda, invited in
/// time, attended, recorded and closed. weber is a council member of another body (jha).
/// </summary>
public sealed class HeldMeetingFixture : WebAppFactory, IAsyncLifetime
{
    private const string Committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";

    public ManualClock Clock { get; } = new(Berlin.At(2022, 10, 12, 9));

    /// <summary>A word only the non-public paper's title contains.</summary>
    public string Word { get; } = "Geheimsache" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A word only the non-public free item's title contains.</summary>
    public string ItemWord { get; } = "Personalsache" + Guid.NewGuid().ToString("N")[..8];

    public string Id { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string SecretPaper { get; private set; } = "";
    public string SecretPaperId { get; private set; } = "";
    public string PublicPaper { get; private set; } = "";

    /// <summary>The numbers of the non-public paper's and the free item's lines ("N 2.1", "N 3").</summary>
    public IReadOnlyList<string> HiddenItems { get; private set; } = [];

    /// <summary>What every change answered, in order.</summary>
    public List<JsonElement> Changes { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task InitializeAsync()
    {
        await AddUserAsync("weber", "Klaus Weber", ["council"], bodies: ["jha"]);
        (PublicPaper, _) = await ReleasedAsync(new PaperMarkdown { Type = "Beschlussvorlage", Title = "Förderung der Quartiersarbeit am Herrenberg" }
            .Consultation(Committee, "03.11.2022", "Entscheidung")
            .Section("Beschlussvorschlag", "Der Ausschuss beschließt die Förderung.")
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
            .Section("Begründung", "Sie stärkt das Zusammenleben.")
            .Section("Finanzielle Auswirkungen", "Keine."));
        (SecretPaper, SecretPaperId) = await ReleasedAsync(new PaperMarkdown { Title = "Grundstücksangelegenheit " + Word, Public = false }
            .Consultation(Committee, "03.11.2022", "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Ein Grundstück wird verkauft."));

        var clerk = await this.WithTokenAsync("krause");
        var created = await ChangeAsync(clerk, "/api/meetings", new { body = "sag", date = "2022-11-03" }, HttpStatusCode.Created);
        Id = created.GetProperty("meeting").GetProperty("id").GetString()!;
        Number = created.GetProperty("meeting").GetProperty("number").GetString()!;
        await ChangeAsync(clerk, $"/api/meetings/{Id}/schedule", new { paper = PublicPaper });
        var secret = await ChangeAsync(clerk, $"/api/meetings/{UrlNumber}/schedule", new { paper = SecretPaper });
        var item = await ChangeAsync(clerk, $"/api/meetings/{Id}/items", new { title = "Personalangelegenheit " + ItemWord, @public = false });
        HiddenItems = [ItemNumber(secret), ItemNumber(item)];
        Clock.Set(Berlin.At(2022, 10, 29, 9));
        await ChangeAsync(clerk, $"/api/meetings/{Id}/invite", new { });
        Clock.Set(Berlin.At(2022, 11, 3, 19));
        await ChangeAsync(clerk, $"/api/meetings/{Id}/attendance", new { present = new[] { "becker", "wolf", "richter" }, excused = new[] { "neumann" } });
        await ChangeAsync(clerk, $"/api/meetings/{Id}/items/{Uri.EscapeDataString("Ö 4.1")}/record", new { outcome = "approved", vote = "4/0/1" });
        await ChangeAsync(clerk, $"/api/meetings/{Id}/items/{Uri.EscapeDataString(HiddenItems[0])}/record", new { outcome = "noted" });
        await ChangeAsync(clerk, $"/api/meetings/{Id}/close", new { end = "19:45" });
    }

    /// <summary>The number as URLs write it (SAG-001-2022).</summary>
    public string UrlNumber => Number.Replace('/', '-');

    /// <summary>Whether <paramref name="text"/> names the non-public paper or item in any way.</summary>
    public bool Mentions(string text) =>
        text.Contains(Word, StringComparison.OrdinalIgnoreCase) || text.Contains(ItemWord, StringComparison.OrdinalIgnoreCase)
        || text.Contains(SecretPaper, StringComparison.Ordinal) || text.Contains(SecretPaperId, StringComparison.OrdinalIgnoreCase);

    private async Task<JsonElement> ChangeAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var answer = await client.JsonAsync(await client.PostAsJsonAsync(url, body), expected);
        Changes.Add(answer);
        return answer;
    }

    private static string ItemNumber(JsonElement change) => change.GetProperty("item").GetProperty("number").GetString()!;

    private async Task<(string Number, string Id)> ReleasedAsync(PaperMarkdown paper)
    {
        var id = await (await this.WithTokenAsync(paper.Author)).ImportOkAsync(paper.Build());
        await (await this.WithTokenAsync(paper.Author)).ActOkAsync(id, "submit");
        await (await this.WithTokenAsync(DemoUsers.Schmidt)).ActOkAsync(id, "cosign");
        var released = await (await this.WithTokenAsync(DemoUsers.Approver)).ActOkAsync(id, "release");
        return (released.GetProperty("number").GetString()!, id);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
