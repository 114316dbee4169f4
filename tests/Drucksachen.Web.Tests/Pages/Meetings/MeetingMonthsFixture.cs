using System.Globalization;
using Drucksachen.Core.Meetings;
using Drucksachen.Testing;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Meetings;

/// <summary>
/// Meetings spread over months for the meetings list: the demo meeting (sag, November 2022), a Bau-
/// und Verkehrsausschuss meeting in March 2025, a Dienstberatung (never public) on the first of next
/// month and a Haupt- und Finanzausschuss meeting on the first of the month after; the Stadtrat's only
/// meeting lies in the last month of the calendar (December 9999). The Jugendhilfeausschuss has none.
/// </summary>
public sealed class MeetingMonthsFixture : WebAppFactory, IAsyncLifetime
{
    public DateOnly ThisMonth { get; } = new(CityDay.Today.Year, CityDay.Today.Month, 1);
    public DateOnly ServiceMeetingDay => ThisMonth.AddMonths(1);
    public DateOnly CommitteeDay => ThisMonth.AddMonths(2);
    public static DateOnly PastDay { get; } = new(2025, 3, 12);

    public Meeting ServiceMeeting { get; private set; } = null!;
    public Meeting Committee { get; private set; } = null!;
    public Meeting Past { get; private set; } = null!;
    public Meeting AtTheEnd { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Past = await CreateAsync("bva", PastDay);
        ServiceMeeting = await CreateAsync("dbob", ServiceMeetingDay);
        Committee = await CreateAsync("hfa", CommitteeDay);
        AtTheEnd = await CreateAsync("sr", new DateOnly(9999, 12, 6));
    }

    private Task<Meeting> CreateAsync(string body, DateOnly day) =>
        Services.GetRequiredService<CreateMeeting>().ExecuteAsync(
            new MeetingInput(body, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DemoUsers.Clerk), CancellationToken.None);

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
