using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Drucksachen.Core.Meetings;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>Meetings in OParl follow the stored meetings at once: planned, cancelled.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlMeetingTests(OParlFixture fixture)
{
    [Fact]
    public async Task A_meeting_planned_and_then_cancelled_shows_at_once()
    {
        var ct = CancellationToken.None;
        var day = DateOnly.FromDateTime(fixture.Factory.Clock.GetUtcNow().UtcDateTime).AddDays(40).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var meeting = await fixture.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("hfa", day, "krause", Start: "16:30"), ct);
        var url = $"/oparl/meetings/{meeting.Id}";

        var planned = await GetAsync(url);
        Assert.Equal("terminiert", planned["meetingState"]!.GetValue<string>());
        Assert.False(planned["cancelled"]!.GetValue<bool>());
        Assert.Null(planned["end"]);
        Assert.Null(planned["invitation"]);
        Assert.Null(planned["participant"]); // OParl: those present, known only once the meeting was held
        Assert.Contains($"http://localhost{url}", (await GetAsync("/oparl/organizations/hfa/meetings"))["data"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));

        await fixture.Get<CancelMeeting>().ExecuteAsync(meeting.Number, "Beschlussunfähigkeit absehbar", "krause", null, ct);

        var cancelled = await GetAsync(url);
        Assert.Equal("abgesagt", cancelled["meetingState"]!.GetValue<string>());
        Assert.True(cancelled["cancelled"]!.GetValue<bool>());
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
