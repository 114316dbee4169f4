using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

/// <summary>
/// The demo database plus two released papers of the Jugendamt (co-signed by the Amt für Soziales)
/// whose titles and texts the search tests look for: a public one with umlauts and a line break in
/// its text, and a non-public one of the Jugendhilfeausschuss with a word only its text holds;
/// and "jhamitglied", a council member of the Jugendhilfeausschuss.
/// </summary>
public sealed class SearchFixture : WebAppFactory, IAsyncLifetime
{
    public const string PublicTitle = "Sanierung der Grundschule Am Röhricht";
    public const string HiddenTitle = "Hilfeplanung im Einzelfall";
    /// <summary>In the hidden paper's section text only (not in its title).</summary>
    public const string HiddenWord = "Schweigepflichtsentbindung";

    public string PublicId { get; private set; } = "";
    public string PublicNumber { get; private set; } = "";
    public string HiddenNumber { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await AddUserAsync("jhamitglied", "Jana Hilfe", ["council"], bodies: ["jha"]);
        var schmidt = await this.WithTokenAsync("schmidt");

        PublicId = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage(PublicTitle, isPublic: true, ApiPapers.PublicSequence, """
            Die Überprüfung der Fenster ergab erhebliche Mängel.
            Die Ausschreibung folgt im Frühjahr.
            """));
        PublicNumber = (await this.ReleaseAsync(PublicId)).GetProperty("number").GetString()!;

        var hiddenId = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage(HiddenTitle, isPublic: false, ApiPapers.JugendhilfeOnly,
            $"Für die Hilfe liegt eine {HiddenWord} vor."));
        HiddenNumber = (await this.ReleaseAsync(hiddenId)).GetProperty("number").GetString()!;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
