using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Drafts;

/// <summary>Drafts of the Amt für Soziales (author mueller) for the draft page's tests, and "Einreichen" on them.</summary>
public static partial class TestDrafts
{
    /// <summary>A draft of the given type decided by the Stadtrat in a month, with <paramref name="cosigners"/> as in front matter.</summary>
    public static async Task<Guid> ImportAsync(WebAppFactory app, string type, string cosigners) =>
        (await TestPapers.ImportAsync(app.Services, "Einzureichender Entwurf", type, cosigners, ("Stadtrat", 30, "Entscheidung"))).Id;

    /// <summary>Sends the draft form as it stands with "Einreichen"; the message the paper's page then shows, and the paper's state.</summary>
    public static async Task<(string Message, string State)> SubmitAsync(WebAppFactory app, Guid id)
    {
        var author = await app.LoginAsync("mueller");
        var fields = DraftFormFields.Of(await author.GetStringAsync($"/Entwuerfe/{id}"));
        fields.Add(new("Form.Command", "submit"));
        var response = await WebAppFactory.PostFormAsync(author, $"/Entwuerfe/{id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await author.GetStringAsync(response.Headers.Location!.OriginalString);
        var paper = await app.Services.GetRequiredService<IPaperReads>().FindAsync(id.ToString(), CancellationToken.None);
        return (WebUtility.HtmlDecode(Status().Match(page).Groups[1].Value).Trim(), paper!.State);
    }

    [GeneratedRegex("class=\"alert alert--ok\" role=\"status\">([^<]*)<")]
    private static partial Regex Status();
}
