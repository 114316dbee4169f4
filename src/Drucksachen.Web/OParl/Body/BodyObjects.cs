using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:Body: the city, with its external lists of all object types.</summary>
internal static class BodyObjects
{
    public const string Organizations = "organizations";
    public const string Persons = "persons";
    public const string Meetings = "meetings";
    public const string Papers = "papers";
    public const string AgendaItems = "agenda-items";
    public const string Consultations = "consultations";
    public const string Files = "files";
    public const string Locations = "locations";
    public const string LegislativeTerms = "legislative-terms";
    public const string Memberships = "memberships";

    public static void Map(RouteGroupBuilder oparl)
    {
        oparl.Get("/bodies/{key}", (http, context) =>
            IsBody(http, context) ? OParlEndpoints.Json(Json(context, omitInternal: false)) : OParlEndpoints.NotFound("Diese Körperschaft"));
        oparl.Get("/bodies/{key}/{list}", (http, context) =>
        {
            if (!IsBody(http, context)) return OParlEndpoints.NotFound("Diese Körperschaft");
            var index = context.Index;
            var list = (string)http.GetRouteValue("list")!;
            var url = context.BodyList(list);
            return list switch
            {
                Organizations => OParlList.Page(http, context, url, index.Organizations, (o, _) => OrganizationObjects.Json(context, o)),
                Persons => OParlList.Page(http, context, url, index.Persons, (p, omit) => PersonObjects.Json(context, p, omit)),
                Meetings => OParlList.Page(http, context, url, index.Meetings, (m, omit) => MeetingObjects.Json(context, m, omit)),
                Papers => OParlList.Page(http, context, url, index.Papers, (p, omit) => PaperObjects.Json(context, p, omit)),
                AgendaItems => OParlList.Page(http, context, url, index.AgendaItems, (a, _) => AgendaItemObjects.Json(context, a, embedded: false)),
                Consultations => OParlList.Page(http, context, url, index.Consultations, (c, _) => ConsultationObjects.Json(context, c, embedded: false)),
                Files => OParlList.Page(http, context, url, index.Files, (f, _) => FileObjects.Json(context, f, embedded: false)),
                Locations => OParlList.Page(http, context, url, index.Locations, (l, _) => LocationObjects.Json(context, l)),
                LegislativeTerms => OParlList.Page(http, context, url, [new ConfigurationEntry(index)], (_, _) => LegislativeTermObjects.Json(context, embedded: false)),
                Memberships => OParlList.Page(http, context, url, index.Memberships, (m, _) => MembershipObjects.Json(context, m, embedded: false)),
                _ => OParlEndpoints.NotFound("Diese Liste"),
            };
        });
    }

    public static JsonObject Json(OParlContext context, bool omitInternal)
    {
        var options = context.Options;
        var json = OParlContext.Start(context.BodyUrl, "Body");
        json["system"] = context.SystemUrl;
        OParlContext.Optional(json, "shortName", options.BodyShortName);
        json["name"] = context.City.Name;
        OParlContext.Optional(json, "website", options.Website);
        json["license"] = options.License;
        OParlContext.Optional(json, "contactEmail", options.ContactEmail);
        OParlContext.Optional(json, "contactName", options.ContactName);
        json["organization"] = context.BodyList(Organizations);
        json["person"] = context.BodyList(Persons);
        json["meeting"] = context.BodyList(Meetings);
        json["paper"] = context.BodyList(Papers);
        // Required even with omit_internal: the schema asks for it.
        json["legislativeTerm"] = new JsonArray(LegislativeTermObjects.Json(context, embedded: true));
        json["agendaItem"] = context.BodyList(AgendaItems);
        json["consultation"] = context.BodyList(Consultations);
        json["file"] = context.BodyList(Files);
        json["locationList"] = context.BodyList(Locations);
        json["legislativeTermList"] = context.BodyList(LegislativeTerms);
        json["membership"] = context.BodyList(Memberships);
        if (!omitInternal && context.Index.BodyLocation is { } location) json["location"] = LocationObjects.Json(context, location, inBody: true);
        return context.Stamp(json, new ConfigurationEntry(context.Index));
    }

    private static bool IsBody(HttpContext http, OParlContext context) =>
        string.Equals((string?)http.GetRouteValue("key"), context.Options.BodyKey, StringComparison.Ordinal);
}
