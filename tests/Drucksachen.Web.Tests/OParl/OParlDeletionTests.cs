using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Papers;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>Withdrawn papers are deleted objects; every edit moves modified.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlDeletionTests(OParlFixture fixture)
{
    [Fact]
    public async Task A_withdrawn_paper_is_deleted_at_its_url_and_listed_only_with_modified_since()
    {
        var url = $"/oparl/papers/{fixture.WithdrawnId}";
        var paper = await GetAsync(url);
        Assert.True(paper["deleted"]!.GetValue<bool>());
        Assert.Equal(["created", "deleted", "id", "modified", "type"], paper.Select(p => p.Key).Order());

        var plain = await ListIdsAsync("/oparl/bodies/1/papers?limit=1000");
        Assert.DoesNotContain($"http://localhost{url}", plain);
        var synced = await ListIdsAsync("/oparl/bodies/1/papers?limit=1000&modified_since=2000-01-01T00:00:00%2B01:00");
        Assert.Contains($"http://localhost{url}", synced);

        // Its files are deleted too, their content gone; its consultations and agenda items are simply gone.
        var files = (await ListAsync("/oparl/bodies/1/files?limit=1000&modified_since=2000-01-01T00:00:00%2B01:00"))
            .Where(f => f["deleted"] is not null).ToList();
        Assert.NotEmpty(files);
        var file = files[0]["id"]!.GetValue<string>();
        Assert.DoesNotContain(file, await ListIdsAsync("/oparl/bodies/1/files?limit=1000"));
        using var content = await fixture.Client.GetAsync(file + "/access");
        Assert.Equal(HttpStatusCode.Gone, content.StatusCode);
        var consultations = await ListAsync("/oparl/bodies/1/consultations?limit=1000");
        Assert.DoesNotContain(consultations, c => c["paper"]!.GetValue<string>().EndsWith(fixture.WithdrawnId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Modified_changes_with_every_edit_of_the_paper()
    {
        var (id, _) = fixture.Spare.Dequeue();
        var before = await GetAsync($"/oparl/papers/{id}");
        await Task.Delay(1100); // timestamps are published to the second

        await fixture.Get<ActOnPaper>().ExecuteAsync(id.ToString(), new ActionInput("record", "krause", Outcome: Outcome.Noted), CancellationToken.None);

        var after = await GetAsync($"/oparl/papers/{id}");
        Assert.True(Time(after) > Time(before));
        Assert.Equal(before["created"]!.GetValue<string>(), after["created"]!.GetValue<string>());
        Assert.Equal(after["modified"]!.GetValue<string>(), after["consultation"]![0]!["modified"]!.GetValue<string>());

        var since = Uri.EscapeDataString(after["modified"]!.GetValue<string>());
        Assert.Contains($"http://localhost/oparl/papers/{id}", await ListIdsAsync($"/oparl/bodies/1/papers?modified_since={since}"));
    }

    [Fact]
    public async Task Withdrawing_a_released_paper_turns_it_into_a_deleted_object()
    {
        var (id, author) = fixture.Spare.Dequeue();
        var before = await GetAsync($"/oparl/papers/{id}");
        Assert.Null(before["deleted"]);
        await Task.Delay(1100);

        await fixture.Get<ActOnPaper>().ExecuteAsync(id.ToString(), new ActionInput("withdraw", author, Comment: "überholt"), CancellationToken.None);

        var after = await GetAsync($"/oparl/papers/{id}");
        Assert.True(after["deleted"]!.GetValue<bool>());
        Assert.Equal(before["created"]!.GetValue<string>(), after["created"]!.GetValue<string>());
        Assert.True(Time(after) > Time(before));
        using var consultation = await fixture.Client.GetAsync(before["consultation"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, consultation.StatusCode);
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task<List<JsonObject>> ListAsync(string url) =>
        (await GetAsync(url))["data"]!.AsArray().Select(o => o!.AsObject()).ToList();

    private async Task<List<string>> ListIdsAsync(string url) =>
        (await ListAsync(url)).Select(o => o["id"]!.GetValue<string>()).ToList();

    private static DateTimeOffset Time(JsonObject o) => DateTimeOffset.Parse(o["modified"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
