using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:System, the entry point at /oparl, and the list of its bodies.</summary>
internal static class SystemObjects
{
    public static void Map(RouteGroupBuilder oparl)
    {
        oparl.Get("/", (_, context) => OParlEndpoints.Json(Json(context)));
        oparl.Get("/bodies", (http, context) =>
            OParlList.Page(http, context, context.BodiesUrl, [new ConfigurationEntry(context.Index)],
                (_, omitInternal) => BodyObjects.Json(context, omitInternal)));
    }

    public static JsonObject Json(OParlContext context)
    {
        var options = context.Options;
        var json = OParlContext.Start(context.SystemUrl, "System");
        json["oparlVersion"] = OParlContext.Schema;
        json["license"] = options.License;
        json["body"] = context.BodiesUrl;
        json["name"] = $"Drucksachen – {context.City.Name}";
        OParlContext.Optional(json, "contactEmail", options.ContactEmail);
        OParlContext.Optional(json, "contactName", options.ContactName);
        OParlContext.Optional(json, "website", options.Website);
        return context.Stamp(json, new ConfigurationEntry(context.Index));
    }
}

/// <summary>System, Body, LegislativeTerm and Location come from the configuration and change with it.</summary>
internal sealed class ConfigurationEntry(OParlIndex index) : IOParlEntry
{
    public DateTimeOffset Created { get; } = index.ConfigurationDate;
    public DateTimeOffset Modified { get; } = index.ConfigurationDate;
    public bool Deleted => false;
}
