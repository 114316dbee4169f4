using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:Paper: a released public paper with what its public PDF shows: title, number
/// (reference), type, date, lead office, advisory sequence and its PDF versions. A withdrawn
/// paper is a deleted object.
/// </summary>
internal static class PaperObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/papers/{id:guid}", (http, context) =>
            context.Index.PaperById.GetValueOrDefault(Guid.Parse((string)http.GetRouteValue("id")!)) is { } paper
                ? OParlEndpoints.Json(Json(context, paper, omitInternal: false))
                : OParlEndpoints.NotFound("Diese Drucksache"));

    public static JsonObject Json(OParlContext context, PaperEntry entry, bool omitInternal)
    {
        var url = context.PaperUrl(entry);
        if (entry.Deleted) return context.Deleted(url, "Paper", entry);
        var paper = entry.Paper;
        var json = OParlContext.Start(url, "Paper");
        json["body"] = context.BodyUrl;
        json["name"] = paper.Title;
        OParlContext.Optional(json, "reference", paper.Number);
        json["date"] = OParlContext.Date(paper.Date);
        json["paperType"] = paper.Type;
        if (!omitInternal && entry.Files.Count > 0)
        {
            // The newest version is the paper's file; earlier versions stay published beside it.
            json["mainFile"] = FileObjects.Json(context, entry.Files[^1], embedded: true);
            OParlContext.Optional(json, "auxiliaryFile", OParlContext.Array(entry.Files.SkipLast(1).Select(f => FileObjects.Json(context, f, embedded: true))));
        }
        json["underDirectionOf"] = new JsonArray(context.OrganizationUrl(entry.LeadOffice));
        if (!omitInternal)
            OParlContext.Optional(json, "consultation", OParlContext.Array(entry.Consultations.Select(c => ConsultationObjects.Json(context, c, embedded: true))));
        return context.Stamp(json, entry);
    }
}
