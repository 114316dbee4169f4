using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:Membership: a council member's seat in a body.</summary>
internal static class MembershipObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/memberships/{key}", (http, context) =>
            context.Index.MembershipByKey.GetValueOrDefault((string)http.GetRouteValue("key")!) is { } membership
                ? OParlEndpoints.Json(Json(context, membership, embedded: false))
                : OParlEndpoints.NotFound("Diese Mitgliedschaft"));

    /// <param name="embedded">Embedded in the person: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, MembershipEntry membership, bool embedded)
    {
        var json = OParlContext.Start(context.MembershipUrl(membership), "Membership");
        if (!embedded) json["person"] = context.PersonUrl(membership.Person);
        json["organization"] = context.OrganizationUrl(membership.Organization);
        json["role"] = "Mitglied";
        json["votingRight"] = true;
        return context.Stamp(json, membership);
    }
}
