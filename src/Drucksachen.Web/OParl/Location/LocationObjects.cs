using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:Location: the configured town hall with its address, and every other place meetings are held at.</summary>
internal static class LocationObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/locations/{key}", (http, context) =>
            context.Index.LocationByKey.GetValueOrDefault((string)http.GetRouteValue("key")!) is { } location
                ? OParlEndpoints.Json(Json(context, location))
                : OParlEndpoints.NotFound("Dieser Ort"));

    /// <param name="inBody">Embedded in the body: without the reference back to it.</param>
    /// <param name="inMeeting">Embedded in a meeting: without the references back to the meetings.</param>
    public static JsonObject Json(OParlContext context, LocationEntry location, bool inBody = false, bool inMeeting = false)
    {
        var json = OParlContext.Start(context.LocationUrl(location), "Location");
        json["description"] = location.Description;
        if (location.Address is { } address)
        {
            OParlContext.Optional(json, "streetAddress", address.StreetAddress);
            OParlContext.Optional(json, "room", address.Room);
            OParlContext.Optional(json, "postalCode", address.PostalCode);
            OParlContext.Optional(json, "locality", address.Locality);
        }
        if (!inBody) json["bodies"] = new JsonArray(context.BodyUrl);
        if (!inMeeting) OParlContext.Optional(json, "meetings", OParlContext.Array(location.Meetings.Select(context.MeetingUrl)));
        return context.Stamp(json, location);
    }
}
