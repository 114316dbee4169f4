using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:Location: the configured town hall with its address, and every other place meetings are held at.</summary>
internal static class LocationObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/locations/{key}", (http, context) =>
            context.Index.LocationByKey.GetValueOrDefault((string)http.GetRouteValue("key")!) is { } location
                ? OParlEndpoints.Json(Json(context, location, embedded: false))
                : OParlEndpoints.NotFound("Dieser Ort"));

    /// <param name="embedded">Embedded in the body or a meeting: without the references back to them.</param>
    public static JsonObject Json(OParlContext context, LocationEntry location, bool embedded)
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
        if (!embedded)
        {
            json["bodies"] = new JsonArray(context.BodyUrl);
            OParlContext.Optional(json, "meetings", OParlContext.Array(location.Meetings.Select(context.MeetingUrl)));
        }
        return context.Stamp(json, location);
    }
}
