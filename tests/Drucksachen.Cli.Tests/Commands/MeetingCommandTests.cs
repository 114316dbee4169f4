using System.Text.Json;
using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Core;
using Drucksachen.Testing;

namespace Drucksachen.Cli.Tests.Commands;

/// <summary>
/// A committee meeting on the command line: the social committee (sag) meets on Thursday
/// 03.11.2022; its invitation must go out by Saturday 29.10.2022 (4 full days).
/// </summary>
public sealed class MeetingCommandTests : IDisposable
{
    private const string Meeting = "SAG/001/2022";
    private const string Committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";
    private const string SecretTitle = "Grundstücksangelegenheit Flurstück 17/3 Gemarkung Melchendorf";
    private const string ChangedResolution = "Der Ausschuss beschließt die Förderung mit der Auflage eines Berichts.";

    private readonly CliSandbox _cli = new();
    private readonly ManualClock _clock = new(Berlin.At(2022, 10, 12, 9));

    public MeetingCommandTests() => _cli.Clock = _clock;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_committee_meeting_runs_from_planning_to_minutes_on_the_command_line()
    {
        await _cli.RunOkAsync("init");
        var decision = await DecisionAsync();
        var secret = await ReleasedAsync(new PaperMarkdown { Title = SecretTitle, Public = false }
            .Consultation(Committee, "03.11.2022", "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Ein Grundstück wird verkauft."));

        var created = (await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause", "--json")).Json;
        var meeting = created.GetProperty("meeting");
        Assert.Equal((Meeting, "sag", "2022-11-03", "17:00", "scheduled"), (meeting.GetProperty("number").GetString(), meeting.GetProperty("body").GetString(),
            meeting.GetProperty("date").GetString(), meeting.GetProperty("start").GetString(), meeting.GetProperty("state").GetString()));
        Assert.True(Guid.TryParse(meeting.GetProperty("id").GetString(), out _));
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "17.11.2022", "--time", "16:30", "--as", "krause");

        var placed = await _cli.RunOkAsync("meeting", "schedule", Meeting, decision, "--as", "krause");
        Assert.StartsWith($"{decision} placed as Ö 4.1 (terminiert, version 2)", placed.Stdout);
        var hidden = (await _cli.RunOkAsync("meeting", "schedule", Meeting, secret, "--as", "krause", "--json")).Json.GetProperty("item");
        Assert.Equal(("N 2.1", secret, false), (hidden.GetProperty("number").GetString(), hidden.GetProperty("paper").GetString(), hidden.GetProperty("public").GetBoolean()));

        // 3 full days before: refused; 5 days before: in time.
        _clock.Set(Berlin.At(2022, 10, 30, 9));
        var late = await _cli.RunAsync("meeting", "invite", Meeting, "--as", "krause");
        Assert.Equal(4, late.ExitCode);
        Assert.Equal($"error: the notice period of meeting {Meeting} has passed: the invitation had to go out by 29.10.2022; send it marked urgent if the matter cannot wait",
            Assert.Single(late.ErrorLines));
        _clock.Set(Berlin.At(2022, 10, 29, 9));
        var invited = (await _cli.RunOkAsync("meeting", "invite", Meeting, "--as", "krause", "--json")).Json;
        Assert.Equal("invited", invited.GetProperty("meeting").GetProperty("state").GetString());
        Assert.Equal([(1, "invitation", true), (2, "invitation", false)], Documents(invited));

        // Released after the notice deadline: due with its flag, placed only as table (or urgent) paper.
        _clock.Set(Berlin.At(2022, 11, 1, 9));
        var tardy = await ReleasedAsync(new PaperMarkdown { Title = "Zwischenbericht Wärmestuben im Winter 2022/23" }
            .Consultation(Committee, "03.11.2022", "Kenntnisnahme")
            .Section("Sachverhalt", "Die Wärmestuben öffnen im November."));
        var due = Assert.Single((await _cli.RunOkAsync("meeting", "due", Meeting, "--as", "krause", "--json")).Json.EnumerateArray());
        Assert.Equal((tardy, true), (due.GetProperty("paper").GetString(), due.GetProperty("late").GetBoolean()));
        Assert.Equal(4, (await _cli.RunAsync("meeting", "schedule", Meeting, tardy, "--as", "krause")).ExitCode);
        var table = (await _cli.RunOkAsync("meeting", "schedule", Meeting, tardy, "--table", "--as", "krause", "--json")).Json.GetProperty("item");
        Assert.Equal(("Ö 5.1", "table", 1), (table.GetProperty("number").GetString(), table.GetProperty("marking").GetString(), table.GetProperty("supplement").GetInt32()));
        Assert.Contains("supplementary agenda 1 sent (urgent)", (await _cli.RunOkAsync("meeting", "invite", Meeting, "--urgent", "--as", "krause")).Stdout);

        // The meeting.
        _clock.Set(Berlin.At(2022, 11, 3, 19));
        await _cli.RunOkAsync("meeting", "attend", Meeting, "--present", "becker", "wolf", "richter", "--excused", "neumann", "--as", "krause");
        var recorded = await _cli.RunOkAsync("meeting", "record", Meeting, "Ö 4.1", "--outcome", "approved-with-changes", "--vote", "4/1/0",
            "--resolution", ChangedResolution, "--as", "krause");
        Assert.Contains("Ö 4.1", recorded.Stdout);
        Assert.Contains("→ geändert beschlossen (4/1/0)", recorded.Stdout);
        await _cli.RunOkAsync("meeting", "record", Meeting, "N2.1", "--outcome", "noted", "--as", "krause");
        await _cli.RunOkAsync("meeting", "record", Meeting, "ö 5.1", "--outcome", "deferred", "--note", "Bericht in der nächsten Sitzung", "--as", "krause");
        var closed = (await _cli.RunOkAsync("meeting", "close", Meeting, "--end", "19:45", "--as", "krause", "--json")).Json;
        Assert.Equal(("held", "19:45"), (closed.GetProperty("meeting").GetProperty("state").GetString(), closed.GetProperty("meeting").GetProperty("end").GetString()));
        Assert.Contains((5, "minutes", true), Documents(closed));

        // What the clerk and what the public see.
        var members = (await _cli.RunOkAsync("meeting", "show", Meeting, "--as", "krause", "--json")).Json;
        Assert.Equal(SecretTitle, Item(members, "N 2.1").GetProperty("title").GetString());
        Assert.Equal(ChangedResolution, Item(members, "Ö 4.1").GetProperty("resolution").GetString());
        Assert.Equal("3 von 5 Mitgliedern anwesend, beschlussfähig", members.GetProperty("quorumText").GetString());
        var publicShow = await _cli.RunOkAsync("meeting", "show", Meeting, "--as", "", "--json");
        Assert.DoesNotContain(SecretTitle, publicShow.Stdout);
        Assert.DoesNotContain(secret, publicShow.Stdout);
        Assert.True(Item(publicShow.Json, "N 2.1").GetProperty("hidden").GetBoolean());
        Assert.All(publicShow.Json.GetProperty("documents").EnumerateArray(), d => Assert.True(d.GetProperty("public").GetBoolean()));
        var text = (await _cli.RunOkAsync("meeting", "show", Meeting, "--as", "krause")).Stdout;
        Assert.Contains("Stand: durchgeführt (held)", text);
        Assert.Contains("Tischvorlage, Nachtrag 1] → vertagt", text);

        // The documents: the members' edition only for those who may see it.
        var refused = await _cli.RunAsync("meeting", "render", Meeting, "minutes", "--out", Path.Combine(_cli.Folder, "n.pdf"));
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("--public", Assert.Single(refused.ErrorLines));
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "n.pdf")));
        var publicMinutes = Path.Combine(_cli.Folder, "oeffentlich.pdf");
        var rendered = (await _cli.RunOkAsync("meeting", "render", Meeting, "minutes", "--public", "--out", publicMinutes, "--json")).Json;
        Assert.Equal(("public", "Niederschrift-SAG-001-2022-oeffentlich-v5.pdf"), (rendered.GetProperty("edition").GetString(), rendered.GetProperty("fileName").GetString()));
        var pdf = await File.ReadAllBytesAsync(publicMinutes);
        Assert.True(PdfText.Contains(pdf, ChangedResolution));
        Assert.False(PdfText.Contains(pdf, SecretTitle));
        var packet = Path.Combine(_cli.Folder, "mappe.pdf");
        var packed = (await _cli.RunOkAsync("meeting", "render", Meeting, "packet", "--as", "becker", "--out", packet, "--json")).Json;
        Assert.Equal("Sitzungsmappe-SAG-001-2022-mitglieder.pdf", packed.GetProperty("fileName").GetString());
        Assert.True(PdfText.Contains(await File.ReadAllBytesAsync(packet), SecretTitle));

        // The deferred paper is due for the next meeting; the history holds.
        var next = Assert.Single((await _cli.RunOkAsync("meeting", "due", "SAG/002/2022", "--as", "krause", "--json")).Json.EnumerateArray());
        Assert.Equal(tardy, next.GetProperty("paper").GetString());
        Assert.Equal(0, (await _cli.RunAsync("verify")).ExitCode);
        var list = (await _cli.RunOkAsync("meeting", "list", "--body", "sag", "--year", "2022", "--json")).Json;
        Assert.Equal([Meeting, "SAG/002/2022"], list.EnumerateArray().Select(m => m.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task A_council_member_may_not_change_a_meeting_and_learns_nothing_of_it()
    {
        await _cli.RunOkAsync("init");
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause");

        var refused = await _cli.RunAsync("meeting", "add-item", Meeting, "--title", "Bericht", "--as", "becker", "--json");

        Assert.Equal(4, refused.ExitCode);
        Assert.Equal("user 'becker' may not run meetings (needs role clerk or admin)", refused.ErrorJson.GetProperty("error").GetString());
        Assert.Equal(4, refused.ErrorJson.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public async Task A_change_without_a_user_names_the_option()
    {
        await _cli.RunOkAsync("init");

        var result = await _cli.RunAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: option '--as': say who acts: --as USER (or set DRUCKSACHEN_USER)", Assert.Single(result.ErrorLines, l => l.StartsWith("error:")));
    }

    [Theory]
    [InlineData("--time", "25:00", "error: option '--time': '25:00' is not a time of day (HH:MM)")]
    [InlineData("--end", "abends", "error: option '--end': 'abends' is not a time of day (HH:MM)")]
    [InlineData("--body", "xyz", "error: option '--body': unknown body 'xyz'")]
    public async Task Bad_input_to_create_names_the_option(string option, string value, string expected)
    {
        await _cli.RunOkAsync("init");
        var given = new Dictionary<string, string> { ["--body"] = "sag", ["--date"] = "03.11.2022", ["--as"] = "krause", [option] = value };

        var result = await _cli.RunAsync(["meeting", "create", .. given.SelectMany(o => new[] { o.Key, o.Value })]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, Assert.Single(result.ErrorLines, l => l.StartsWith("error:")));
    }

    [Fact]
    public async Task An_unknown_item_exits_with_2_naming_the_items_there_are()
    {
        await _cli.RunOkAsync("init");
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause");

        var result = await _cli.RunAsync("meeting", "move", Meeting, "Ö 9", "--to", "1", "--as", "krause");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"meeting {Meeting} has no item 'Ö 9' (items: Ö 1, Ö 2", Assert.Single(result.ErrorLines, l => l.StartsWith("error:")));
    }

    [Fact]
    public async Task Moving_an_item_to_the_place_of_another_reorders_the_part()
    {
        await _cli.RunOkAsync("init");
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause");
        var added = (await _cli.RunOkAsync("meeting", "add-item", Meeting, "--title", "Bericht der Verwaltung", "--as", "krause", "--json")).Json;
        var number = added.GetProperty("item").GetProperty("number").GetString()!;

        var moved = (await _cli.RunOkAsync("meeting", "move", Meeting, number, "--to", "Ö 2", "--as", "krause", "--json")).Json;

        Assert.Equal(("Ö 2", "Bericht der Verwaltung"), (moved.GetProperty("item").GetProperty("number").GetString(), moved.GetProperty("item").GetProperty("title").GetString()));
        await _cli.RunOkAsync("meeting", "remove", Meeting, "Ö 2", "--as", "krause");
        var show = (await _cli.RunOkAsync("meeting", "show", Meeting, "--json")).Json;
        Assert.DoesNotContain(show.GetProperty("agenda").EnumerateArray(), i => i.GetProperty("title").GetString() == "Bericht der Verwaltung");
    }

    [Fact]
    public async Task The_history_names_a_non_public_item_to_the_public_only_by_its_number()
    {
        await _cli.RunOkAsync("init");
        var secret = await ReleasedAsync(new PaperMarkdown { Title = SecretTitle, Public = false }
            .Consultation(Committee, "03.11.2022", "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Ein Grundstück wird verkauft."));
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause");
        await _cli.RunOkAsync("meeting", "schedule", Meeting, secret, "--as", "krause");

        var clerk = (await _cli.RunOkAsync("meeting", "history", Meeting, "--as", "krause", "--json")).Json.EnumerateArray().ToList();
        Assert.Equal(["create", "schedule"], clerk.Select(e => e.GetProperty("action").GetString()));
        var scheduled = clerk[1];
        Assert.Equal(("krause", "N 2.1", secret, false), (scheduled.GetProperty("actor").GetString(), scheduled.GetProperty("details").GetProperty("item").GetString(),
            scheduled.GetProperty("details").GetProperty("paper").GetString(), scheduled.GetProperty("withheld").GetBoolean()));

        var anonymous = await _cli.RunOkAsync("meeting", "history", Meeting, "--as", "", "--json");
        Assert.DoesNotContain(secret, anonymous.Stdout);
        Assert.DoesNotContain("Flurstück", anonymous.Stdout);
        Assert.DoesNotContain("krause", anonymous.Stdout);
        var withheld = anonymous.Json[1];
        Assert.True(withheld.GetProperty("withheld").GetBoolean());
        Assert.Equal(["item", "supplement"], withheld.GetProperty("details").EnumerateObject().Select(p => p.Name));
        var text = await _cli.RunOkAsync("meeting", "history", Meeting, "--as", "");
        Assert.Equal($"{Meeting}  {Committee}", text.Stdout.Split('\n')[0]);
        Assert.EndsWith("(clerk)  schedule  scheduled → scheduled  {\"item\":\"N 2.1\",\"supplement\":0}", text.Stdout.Split('\n')[2].TrimEnd());
    }

    [Fact]
    public async Task Rescheduling_moves_the_meeting_and_its_papers_until_the_invitation()
    {
        await _cli.RunOkAsync("init");
        var decision = await DecisionAsync();
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause");
        await _cli.RunOkAsync("meeting", "schedule", Meeting, decision, "--as", "krause");

        var moved = await _cli.RunOkAsync("meeting", "reschedule", Meeting, "--date", "10.11.2022", "--time", "16:00", "--as", "krause");

        Assert.StartsWith($"{Meeting} now on 10.11.2022 at 16:00, Rathaus, Fischmarkt 1, Raum 225", moved.Stdout);
        var show = (await _cli.RunOkAsync("meeting", "show", Meeting, "--json")).Json;
        Assert.Equal(("2022-11-10", "16:00"), (show.GetProperty("meeting").GetProperty("date").GetString(), show.GetProperty("meeting").GetProperty("start").GetString()));
        var paper = (await _cli.RunOkAsync("history", decision, "--json")).Json.EnumerateArray().Last();
        Assert.Equal(("reschedule", "2022-11-10"), (paper.GetProperty("action").GetString(), paper.GetProperty("details").GetProperty("meeting").GetString()));

        var badTime = await _cli.RunAsync("meeting", "reschedule", Meeting, "--time", "16 Uhr", "--as", "krause");
        Assert.Equal(2, badTime.ExitCode);
        Assert.StartsWith("error: option '--time': '16 Uhr' is not a time of day (HH:MM)", Assert.Single(badTime.ErrorLines, l => l.StartsWith("error:")));

        _clock.Set(Berlin.At(2022, 11, 1, 9));
        await _cli.RunOkAsync("meeting", "invite", Meeting, "--as", "krause");
        var refused = await _cli.RunAsync("meeting", "reschedule", Meeting, "--location", "Kulturhaus", "--as", "krause");
        Assert.Equal(4, refused.ExitCode);
        Assert.Equal($"error: the invitation to meeting {Meeting} is out: to move the meeting, cancel it with the reason and plan a new one",
            Assert.Single(refused.ErrorLines, l => l.StartsWith("error:")));
    }

    [Fact]
    public async Task An_unknown_meeting_exits_with_3()
    {
        await _cli.RunOkAsync("init");

        var result = await _cli.RunAsync("meeting", "show", "SAG/099/2022");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("error: no meeting 'SAG/099/2022' (give its number, like SAG/001/2026, or its id)", Assert.Single(result.ErrorLines, l => l.StartsWith("error:")));
    }

    [Fact]
    public async Task A_cancelled_meeting_says_why()
    {
        await _cli.RunOkAsync("init");
        await _cli.RunOkAsync("meeting", "create", "--body", "sag", "--date", "03.11.2022", "--as", "krause");

        var cancelled = (await _cli.RunOkAsync("meeting", "cancel", Meeting, "--reason", "Beschlussunfähigkeit absehbar", "--as", "krause", "--json")).Json;

        Assert.Equal(("cancelled", "abgesagt", "Beschlussunfähigkeit absehbar"), (cancelled.GetProperty("meeting").GetProperty("state").GetString(),
            cancelled.GetProperty("meeting").GetProperty("stateLabel").GetString(), cancelled.GetProperty("meeting").GetProperty("cancelReason").GetString()));
        Assert.Contains("Abgesagt: Beschlussunfähigkeit absehbar", (await _cli.RunOkAsync("meeting", "show", Meeting)).Stdout);
    }

    // A released decision paper for the committee's meeting of 03.11.2022; its number.
    private Task<string> DecisionAsync() =>
        ReleasedAsync(new PaperMarkdown { Type = "Beschlussvorlage", Title = "Förderung der Quartiersarbeit am Herrenberg" }
            .Consultation(Committee, "03.11.2022", "Entscheidung")
            .Section("Beschlussvorschlag", "Der Ausschuss beschließt die Förderung.")
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
            .Section("Begründung", "Sie stärkt das Zusammenleben.")
            .Section("Finanzielle Auswirkungen", "Keine."));

    private async Task<string> ReleasedAsync(PaperMarkdown paper)
    {
        var file = _cli.WriteFile($"{Guid.NewGuid():N}.md", paper.Build());
        var id = (await _cli.RunOkAsync("import", file, "--json")).Json[0].GetProperty("id").GetString()!;
        await _cli.RunOkAsync("act", id, "submit", "--as", paper.Author);
        await _cli.RunOkAsync("act", id, "cosign", "--as", DemoUsers.Schmidt);
        var released = (await _cli.RunOkAsync("act", id, "release", "--as", DemoUsers.Approver, "--json")).Json;
        return released.GetProperty("paper").GetProperty("number").GetString()!;
    }

    private static JsonElement Item(JsonElement detail, string number) =>
        detail.GetProperty("agenda").EnumerateArray().Single(i => i.GetProperty("number").GetString() == number);

    private static List<(int, string, bool)> Documents(JsonElement changed) =>
        changed.GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("version").GetInt32(), d.GetProperty("kind").GetString()!, d.GetProperty("public").GetBoolean())).ToList();
}
