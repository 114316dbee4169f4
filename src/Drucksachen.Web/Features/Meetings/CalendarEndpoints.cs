using Drucksachen.Core.Configuration;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Security;

// In the namespace of IEndpointRouteBuilder, so the host maps the feeds with one line and no using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>The iCalendar feeds: /Sitzungen.ics (public meetings, ?gremium=KEY for one body) and a member's personal feed behind a secret address.</summary>
public static class CalendarEndpoints
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapMeetingCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet(MeetingLinks.PublicFeed, async (HttpContext http, string? gremium, MeetingCalendar calendar, City city, CancellationToken ct) =>
        {
            string[]? bodies = null;
            if (!string.IsNullOrWhiteSpace(gremium))
            {
                if (city.FindBody(gremium) is not { } body) return Results.NotFound();
                bodies = [body.Key];
            }
            var name = bodies is null ? $"Sitzungen – {city.Name}" : $"Sitzungen {city.Body(bodies[0]).Name} – {city.Name}";
            // The public's feed is the same for everybody, signed in or not.
            var text = await calendar.WriteAsync(null, bodies, name, ct);
            http.ServedPublicly(CachePolicy.Current);
            return Results.Text(text, CalendarType);
        }).ExcludeFromDescription();

        app.MapGet("/Sitzungen/Kalender/{secret}.ics", async (string secret, CalendarLinks links, IUserDirectory users, MeetingCalendar calendar, City city,
            CancellationToken ct) =>
        {
            if (await links.FindUserAsync(secret, ct) is not { } userName || await users.FindAsync(userName, ct) is not { } user) return Results.NotFound();
            var text = await calendar.WriteAsync(user, user.Bodies.Count > 0 ? user.Bodies : null, $"Meine Sitzungen – {city.Name}", ct);
            return Results.Text(text, CalendarType);
        }).ExcludeFromDescription();
        return app;
    }
}
