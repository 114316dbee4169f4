using System.Text.Json;
using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class ShowCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Shows_the_demo_paper_in_consultation_with_its_sequence_and_actions()
    {
        await _cli.RunOkAsync("init", "--demo");

        var show = await _cli.RunOkAsync("show", "1803/22");

        var lines = show.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("Informationsvorlage 1803/22", lines[0]);
        Assert.Equal("Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("Stand: in Beratung (consultation)"));
        Assert.Contains("Mitzeichnung: Jugendamt", lines);
        Assert.Contains(lines, l => l.Contains("1. 20.10.2022  Dienstberatung OB  (nicht öffentlich, Kenntnisnahme) → zur Kenntnis genommen"));
        var committee = Assert.Single(lines, l => l.Contains("2. 03.11.2022  Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung"));
        Assert.Contains("(öffentlich, Kenntnisnahme)", committee);
        Assert.DoesNotContain("→", committee);
        Assert.Contains("Aktionen:", lines);
        var record = Assert.Single(lines, l => l.TrimStart().StartsWith("record "));
        Assert.Contains("(Rollen: clerk)", record);
        Assert.Contains("--outcome noted|deferred|referred|withdrawn", record);
        var withdraw = Assert.Single(lines, l => l.TrimStart().StartsWith("withdraw "));
        Assert.Contains("(Rollen: author)", withdraw);
        Assert.Contains("--comment (Begründung) nötig", withdraw);
        Assert.DoesNotContain("--comment", record);
        Assert.Equal("", show.Stderr);
    }

    [Fact]
    public async Task Shows_the_demo_paper_as_json()
    {
        await _cli.RunOkAsync("init", "--demo");

        var json = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json;

        Assert.Equal("1803/22", json.GetProperty("number").GetString());
        Assert.Equal("Informationsvorlage", json.GetProperty("type").GetString());
        Assert.Equal("consultation", json.GetProperty("state").GetString());
        Assert.Equal("in Beratung", json.GetProperty("stateLabel").GetString());
        Assert.False(json.GetProperty("finished").GetBoolean());
        Assert.Equal(6, json.GetProperty("version").GetInt32());
        Assert.Equal(["Jugendamt"], json.GetProperty("cosigners").EnumerateArray().Select(e => e.GetString()));

        var consultations = json.GetProperty("consultations").EnumerateArray().ToList();
        Assert.Equal(2, consultations.Count);
        Assert.Equal("Dienstberatung OB", consultations[0].GetProperty("bodyName").GetString());
        Assert.Equal("2022-10-20", consultations[0].GetProperty("date").GetString());
        Assert.False(consultations[0].GetProperty("public").GetBoolean());
        Assert.Equal("noted", consultations[0].GetProperty("outcome").GetString());
        Assert.Equal("zur Kenntnis genommen", consultations[0].GetProperty("outcomeLabel").GetString());
        Assert.Equal("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", consultations[1].GetProperty("bodyName").GetString());
        Assert.Equal("2022-11-03", consultations[1].GetProperty("date").GetString());
        Assert.True(consultations[1].GetProperty("public").GetBoolean());
        Assert.False(consultations[1].TryGetProperty("outcome", out _), "the committee has not met yet");

        var actions = json.GetProperty("actions").EnumerateArray().ToDictionary(
            a => a.GetProperty("name").GetString()!,
            a => a.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList());
        // The Dienstberatung's outcome is the last recorded one, so it can still be corrected.
        Assert.Equal(["correct", "record", "withdraw"], actions.Keys.Order());
        Assert.Equal(["clerk"], actions["record"]);
        Assert.Equal(["clerk"], actions["correct"]);
        Assert.Equal(["author"], actions["withdraw"]);
        var record = json.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "record");
        Assert.Equal(["noted", "deferred", "referred", "withdrawn"], record.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.False(record.GetProperty("reasonRequired").GetBoolean());
        Assert.True(json.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "withdraw").GetProperty("reasonRequired").GetBoolean());
    }

    [Fact]
    public async Task Finds_a_paper_by_its_id_too()
    {
        await _cli.RunOkAsync("init", "--demo");
        var id = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json.GetProperty("id").GetGuid();

        var byId = (await _cli.RunOkAsync("show", id.ToString(), "--json")).Json;
        var byShortId = (await _cli.RunOkAsync("show", id.ToString("N")[..8], "--json")).Json;

        Assert.Equal("1803/22", byId.GetProperty("number").GetString());
        Assert.Equal("1803/22", byShortId.GetProperty("number").GetString());
    }

    [Fact]
    public async Task An_unknown_number_exits_with_3()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("show", "9999/22");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("error: no paper '9999/22' (give its number, like 1803/22, or its id)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_unknown_number_with_json_is_a_json_error()
    {
        var result = await _cli.RunAsync("show", "9999/22", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(3, result.ErrorJson.GetProperty("exitCode").GetInt32());
        Assert.Contains("9999/22", result.ErrorJson.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_draft_shows_its_release_deadline_and_no_number()
    {
        var file = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);
        var id = (await _cli.RunOkAsync("import", file, "--json")).Json[0].GetProperty("id").GetString()!;

        var show = await _cli.RunOkAsync("show", id);
        var json = (await _cli.RunOkAsync("show", id, "--json")).Json;

        Assert.StartsWith("Beschlussvorlage (ohne Nummer)", show.Stdout);
        Assert.Contains("Stand: Entwurf (draft)", show.Stdout);
        // Four full days before Thursday 03.11.2022: out by Saturday 29.10.2022.
        Assert.Contains("Freigabe bis: 29.10.2022 für Jugendhilfeausschuss am 03.11.2022", show.Stdout);
        Assert.False(json.TryGetProperty("number", out _));
        Assert.Equal("draft", json.GetProperty("state").GetString());
        Assert.Equal("Jugendhilfeausschuss", json.GetProperty("releaseDeadline").GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("sections").ValueKind);
    }
}
