using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Numbers;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Plans a meeting of a body: takes its number (running per body and year), its day, time and
/// place, and lays out the agenda with the body's standard items.
/// </summary>
public sealed class CreateMeeting(IMeetingSessions sessions, City city, IUserDirectory users, TimeProvider clock)
{
    /// <summary>The number series of a body's meetings.</summary>
    public static string Series(string body) => "Sitzung:" + body;

    public async Task<Meeting> ExecuteAsync(MeetingInput input, CancellationToken ct)
    {
        InputText.Check(input.Body, "body", InputLimits.LineChars);
        InputText.Check(input.Date, "date", InputLimits.LineChars);
        InputText.Check(input.Start, "start", InputLimits.LineChars);
        InputText.Check(input.End, "end", InputLimits.LineChars);
        InputText.Check(input.Location, "location", InputLimits.LineChars);
        var user = await users.GetAsync(input.User, ct);
        var role = MeetingAccess.RequireClerk(user);
        var body = city.FindBody(input.Body)
            ?? throw new InputException(null, null, "body", $"unknown body '{input.Body}' (known: {string.Join(", ", city.Bodies.Select(b => b.Key))})",
                new ErrorText("unknown-body", input.Body));
        var date = PaperDates.Parse(input.Date, "date");
        var start = input.Start is null ? body.MeetingStart : MeetingTimes.Parse(input.Start, "start");
        TimeOnly? end = input.End is null ? null : MeetingTimes.Parse(input.End, "end");
        MeetingTimes.CheckEnd(start, end);
        var location = MeetingPlaces.Resolve(city, input.Location)
            ?? body.MeetingPlace ?? throw new InputException(null, null, "location", $"{body.Name} has no usual meeting place: give the location",
                new ErrorText("location-required"));

        var now = clock.GetStoredNow();
        await using var session = sessions.OpenSession();
        await session.BeginAsync(ct);
        var sequence = await session.NextNumberAsync(Series(body.Key), date.Year, ct);
        var number = new NumberFormat(body.MeetingNumberFormatOrDefault).Format(sequence, date.Year);
        var meeting = new Meeting(body, number, date.Year, sequence, date, start, end, location, now);
        session.Add(meeting);
        MeetingHistoryChain.Append(session, meeting, now, user.Id, role, "create", null, new JsonObject
        {
            ["number"] = number,
            ["date"] = PaperDates.Iso(date),
            ["start"] = MeetingTimes.Format(start),
            ["location"] = location,
        });
        await session.CommitAsync(ct);
        return meeting;
    }
}
