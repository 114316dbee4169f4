using System.Globalization;
using System.Text.Json.Nodes;
using Drucksachen.Core.Papers;

namespace Drucksachen.Web.OParl;

/// <summary>oparl:AgendaItem: a public consultation as an item of its meeting's public part (Ö 1, Ö 2, ...).</summary>
internal static class AgendaItemObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/agenda-items/{id:guid}", (http, context) =>
            context.Index.ConsultationById.GetValueOrDefault(Guid.Parse((string)http.GetRouteValue("id")!))?.AgendaItem is { } item
                ? OParlEndpoints.Json(Json(context, item, embedded: false))
                : OParlEndpoints.NotFound("Dieser Tagesordnungspunkt"));

    /// <param name="embedded">Embedded in the meeting: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, AgendaItemEntry item, bool embedded)
    {
        var consultation = item.Consultation;
        var json = OParlContext.Start(context.AgendaItemUrl(item), "AgendaItem");
        if (!embedded) json["meeting"] = context.MeetingUrl(item.Meeting);
        json["number"] = "Ö " + item.Order.ToString(CultureInfo.InvariantCulture);
        json["order"] = item.Order;
        json["name"] = consultation.Paper.Paper.Title;
        json["public"] = true;
        json["consultation"] = context.ConsultationUrl(consultation);
        OParlContext.Optional(json, "result", Result(consultation.Data.Outcome, consultation.Data.Vote));
        return context.Stamp(json, item);
    }

    private static string? Result(string? outcome, string? vote) =>
        outcome is null ? null
        : vote is null ? Outcome.Label(outcome)
        : $"{Outcome.Label(outcome)} ({Features.Papers.Labels.Vote(vote)})";
}
