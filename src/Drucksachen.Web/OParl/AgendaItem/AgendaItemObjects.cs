using System.Text.Json.Nodes;
using Drucksachen.Core.Papers;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:AgendaItem: an item of a published meeting, numbered as printed ("Ö 4.1"). A non-public
/// item is listed with its number, public: false and the name "nichtöffentlich", as the public
/// invitation prints it: never its title, paper, consultation, result or resolution.
/// </summary>
internal static class AgendaItemObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/agenda-items/{id:guid}", (http, context) =>
            context.Index.AgendaItemById.GetValueOrDefault(Guid.Parse((string)http.GetRouteValue("id")!)) is { } item
                ? OParlEndpoints.Json(Json(context, item, embedded: false))
                : OParlEndpoints.NotFound("Dieser Tagesordnungspunkt"));

    /// <param name="embedded">Embedded in the meeting: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, AgendaItemEntry item, bool embedded)
    {
        var entry = item.Entry;
        var json = OParlContext.Start(context.AgendaItemUrl(item), "AgendaItem");
        if (!embedded) json["meeting"] = context.MeetingUrl(item.Meeting);
        json["number"] = entry.Number;
        json["order"] = item.Order;
        json["name"] = entry.Title;
        json["public"] = entry.IsPublic;
        if (!entry.Hidden)
        {
            if (item.Consultation is { } consultation) json["consultation"] = context.ConsultationUrl(consultation);
            OParlContext.Optional(json, "result", Result(entry.Outcome, entry.Vote));
            OParlContext.Optional(json, "resolutionText", entry.ResolutionText);
        }
        return context.Stamp(json, item);
    }

    private static string? Result(string? outcome, string? vote) =>
        outcome is null ? null
        : vote is null ? Outcome.Label(outcome)
        : $"{Outcome.Label(outcome)} ({Features.Papers.Labels.Vote(vote)})";
}
