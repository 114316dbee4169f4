using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:Organization: the bodies (Gremien) and the offices that lead papers (Ämter).</summary>
internal static class OrganizationObjects
{
    public static void Map(RouteGroupBuilder oparl)
    {
        oparl.Get("/organizations/{key}", (http, context) =>
            Find(http, context) is { } organization
                ? OParlEndpoints.Json(Json(context, organization))
                : OParlEndpoints.NotFound("Diese Organisation"));
        oparl.Get("/organizations/{key}/meetings", (http, context) =>
            Find(http, context) is { Kind: OrganizationKind.Body } organization
                ? OParlList.Page(http, context, MeetingsUrl(context, organization), organization.Meetings,
                    (m, omit) => MeetingObjects.Json(context, m, omit))
                : OParlEndpoints.NotFound("Dieses Gremium"));
        oparl.Get("/organizations/{key}/consultations", (http, context) =>
            Find(http, context) is { Kind: OrganizationKind.Body } organization
                ? OParlList.Page(http, context, ConsultationsUrl(context, organization), organization.Consultations,
                    (c, _) => ConsultationObjects.Json(context, c, embedded: false))
                : OParlEndpoints.NotFound("Dieses Gremium"));
    }

    public static JsonObject Json(OParlContext context, OrganizationEntry organization)
    {
        var json = OParlContext.Start(context.OrganizationUrl(organization), "Organization");
        json["body"] = context.BodyUrl;
        json["name"] = organization.Name;
        if (organization.Kind == OrganizationKind.Body)
        {
            OParlContext.Optional(json, "membership", OParlContext.Array(organization.Memberships.Select(context.MembershipUrl)));
            json["meeting"] = MeetingsUrl(context, organization);
            json["consultation"] = ConsultationsUrl(context, organization);
            json["organizationType"] = "Gremium";
            if (context.City.FindBody(organization.Key) is { MeetsInPublic: false })
                json["classification"] = "nicht öffentlich tagend";
        }
        else
        {
            json["organizationType"] = "Verwaltungsbereich";
        }
        return context.Stamp(json, organization);
    }

    private static OrganizationEntry? Find(HttpContext http, OParlContext context) =>
        context.Index.OrganizationByKey.GetValueOrDefault((string)http.GetRouteValue("key")!);

    private static string MeetingsUrl(OParlContext context, OrganizationEntry o) => context.OrganizationUrl(o) + "/meetings";
    private static string ConsultationsUrl(OParlContext context, OrganizationEntry o) => context.OrganizationUrl(o) + "/consultations";
}
