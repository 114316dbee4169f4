using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:LegislativeTerm: the one configured term (Wahlperiode).</summary>
internal static class LegislativeTermObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/legislative-terms/{key}", (http, context) =>
            string.Equals((string?)http.GetRouteValue("key"), context.Options.LegislativeTerm.Key, StringComparison.Ordinal)
                ? OParlEndpoints.Json(Json(context, embedded: false))
                : OParlEndpoints.NotFound("Diese Wahlperiode"));

    /// <param name="embedded">Embedded in the body: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, bool embedded)
    {
        var term = context.Options.LegislativeTerm;
        var json = OParlContext.Start(context.LegislativeTermUrl, "LegislativeTerm");
        if (!embedded) json["body"] = context.BodyUrl;
        json["name"] = term.Name;
        if (term.StartDate is { } start) json["startDate"] = OParlContext.Date(start);
        if (term.EndDate is { } end) json["endDate"] = OParlContext.Date(end);
        return context.Stamp(json, new ConfigurationEntry(context.Index));
    }
}
