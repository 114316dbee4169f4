using System.Globalization;
using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:Meeting: a body's meeting day, derived from the consultations planned for it. A meeting
/// of a body that does not meet in public (Dienstberatung OB) exists, with its date, but without
/// agenda items: only public consultations are published as agenda items.
/// </summary>
internal static class MeetingObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/meetings/{key}", (http, context) =>
            context.Index.MeetingByKey.GetValueOrDefault((string)http.GetRouteValue("key")!) is { } meeting
                ? OParlEndpoints.Json(Json(context, meeting, omitInternal: false))
                : OParlEndpoints.NotFound("Diese Sitzung"));

    public static JsonObject Json(OParlContext context, MeetingEntry meeting, bool omitInternal)
    {
        var json = OParlContext.Start(context.MeetingUrl(meeting), "Meeting");
        json["name"] = $"{meeting.Organization.Name}, Sitzung am {meeting.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
        json["meetingState"] = meeting.Held ? "durchgeführt" : "terminiert";
        json["start"] = context.DateTime(context.MeetingStart(meeting.Date));
        if (!omitInternal && context.Options.Location is not null) json["location"] = LocationObjects.Json(context, inBody: false);
        json["organization"] = new JsonArray(context.OrganizationUrl(meeting.Organization));
        if (!omitInternal)
            OParlContext.Optional(json, "agendaItem", OParlContext.Array(meeting.AgendaItems.Select(a => AgendaItemObjects.Json(context, a, embedded: true))));
        return context.Stamp(json, meeting);
    }
}
