using System.Text.Json.Nodes;
using Drucksachen.Core.Papers;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:Consultation: one entry of a public paper's advisory sequence, as its public PDF lists it
/// (body, date, role), non-public consultations included. One placed on the public part of a
/// published meeting names that meeting and its item; any other has no meeting.
/// </summary>
internal static class ConsultationObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/consultations/{id:guid}", (http, context) =>
            context.Index.ConsultationById.GetValueOrDefault(Guid.Parse((string)http.GetRouteValue("id")!)) is { } consultation
                ? OParlEndpoints.Json(Json(context, consultation, embedded: false))
                : OParlEndpoints.NotFound("Diese Beratung"));

    /// <param name="embedded">Embedded in the paper: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, ConsultationEntry consultation, bool embedded)
    {
        var json = OParlContext.Start(context.ConsultationUrl(consultation), "Consultation");
        if (!embedded) json["paper"] = context.PaperUrl(consultation.Paper);
        if (consultation.AgendaItem is { } item)
        {
            json["agendaItem"] = context.AgendaItemUrl(item);
            json["meeting"] = context.MeetingUrl(item.Meeting);
        }
        json["organization"] = new JsonArray(context.OrganizationUrl(consultation.Organization));
        json["authoritative"] = consultation.Data.Role == ConsultationRole.Decision;
        json["role"] = Role(consultation.Data.Role);
        return context.Stamp(json, consultation);
    }

    public static string Role(ConsultationRole role) => role switch
    {
        ConsultationRole.Noting => "Kenntnisnahme",
        ConsultationRole.Preliminary => "Vorberatung",
        ConsultationRole.Hearing => "Anhörung",
        ConsultationRole.Decision => "Entscheidung",
        _ => role.ToString(),
    };
}
