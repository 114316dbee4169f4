using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:Person: the council members, public as holders of office. Only their name and the bodies
/// they sit on: never the login, e-mail address or any other account.
/// </summary>
internal static class PersonObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/persons/{key}", (http, context) =>
            context.Index.PersonByKey.GetValueOrDefault((string)http.GetRouteValue("key")!) is { } person
                ? OParlEndpoints.Json(Json(context, person, omitInternal: false))
                : OParlEndpoints.NotFound("Diese Person"));

    public static JsonObject Json(OParlContext context, PersonEntry person, bool omitInternal)
    {
        var json = OParlContext.Start(context.PersonUrl(person), "Person");
        json["body"] = context.BodyUrl;
        json["name"] = person.Name;
        if (!omitInternal)
            OParlContext.Optional(json, "membership", OParlContext.Array(person.Memberships.Select(m => MembershipObjects.Json(context, m, embedded: true))));
        return context.Stamp(json, person);
    }
}
