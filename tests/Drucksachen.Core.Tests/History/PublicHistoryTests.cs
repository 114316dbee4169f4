using Drucksachen.Core.Actions;
using Drucksachen.Core.History;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.History;

public class PublicHistoryTests
{
    [Fact]
    public async Task The_public_course_tells_release_and_consultations_in_German_and_nothing_internal()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Decision().Build());
        await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller, Comment: "Bitte zügig"));
        await product.ActAsync(paper, new ActionInput("cosign", DemoUsers.Schmidt, Comment: "Intern: Zahlen prüfen"));
        product.AfterMeetings((await product.ActAsync(paper, new ActionInput("release", DemoUsers.Approver))).Paper);
        await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: "noted", Comment: "Protokollnotiz"));
        await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: "referred", Vote: "9/2/0",
            Body: "Haupt- und Finanzausschuss", NextDate: "2022-11-10"));
        var stored = await product.FindAsync(paper);

        var course = product.Get<PublicHistory>().Of(stored, await product.HistoryAsync(stored));

        Assert.Equal(
        [
            $"Freigegeben als Beschlussvorlage {stored.Number}",
            "Dienstberatung OB, Sitzung am 20.10.2022: zur Kenntnis genommen",
            "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung, Sitzung am 03.11.2022: verwiesen; Abstimmung: 9/2/0 (Ja/Nein/Enthaltungen); weiter im Haupt- und Finanzausschuss am 10.11.2022",
        ], course.Select(e => e.Text));
        var all = string.Join("\n", course.Select(e => e.Text));
        foreach (var word in new[] { "mueller", "schmidt", "horn", "krause", "Bitte zügig", "Intern", "Protokollnotiz", "hfa", "sag", "consultation" })
            Assert.DoesNotContain(word, all);
    }

    [Fact]
    public async Task A_paper_not_yet_released_has_no_public_course()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToReleaseAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        Assert.Empty(product.Get<PublicHistory>().Of(paper, await product.HistoryAsync(paper)));
    }
}
