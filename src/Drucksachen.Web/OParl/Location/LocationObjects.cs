using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:Location: the configured meeting place (town hall), if any.</summary>
internal static class LocationObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/locations/{key}", (http, context) =>
            context.Options.Location is { } location
            && string.Equals((string?)http.GetRouteValue("key"), location.Key, StringComparison.Ordinal)
                ? OParlEndpoints.Json(Json(context, inBody: false))
                : OParlEndpoints.NotFound("Dieser Ort"));

    public static IReadOnlyList<IOParlEntry> All(OParlContext context) =>
        context.Options.Location is null ? [] : [new ConfigurationEntry(context.Index)];

    /// <param name="inBody">Embedded in the body: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, bool inBody)
    {
        var location = context.Options.Location!;
        var json = OParlContext.Start(context.LocationUrl!, "Location");
        OParlContext.Optional(json, "description", location.Description);
        OParlContext.Optional(json, "streetAddress", location.StreetAddress);
        OParlContext.Optional(json, "room", location.Room);
        OParlContext.Optional(json, "postalCode", location.PostalCode);
        OParlContext.Optional(json, "locality", location.Locality);
        if (!inBody) json["bodies"] = new JsonArray(context.BodyUrl);
        return context.Stamp(json, new ConfigurationEntry(context.Index));
    }
}
