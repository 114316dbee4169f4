using System.Globalization;
using System.Text.Json.Nodes;
using Drucksachen.Core.Meetings;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:Meeting: a stored public meeting with its state, time and place, the body's members, the
/// public editions of its invitation, supplements and minutes, and its agenda as the public sees it.
/// Meetings that are not public (Dienstberatung OB) are not published.
/// </summary>
internal static class MeetingObjects
{
    public static void Map(RouteGroupBuilder oparl) =>
        oparl.Get("/meetings/{id:guid}", (http, context) =>
            context.Index.MeetingById.GetValueOrDefault(Guid.Parse((string)http.GetRouteValue("id")!)) is { } meeting
                ? OParlEndpoints.Json(Json(context, meeting, omitInternal: false))
                : OParlEndpoints.NotFound("Diese Sitzung"));

    public static JsonObject Json(OParlContext context, MeetingEntry entry, bool omitInternal)
    {
        var meeting = entry.Meeting;
        var json = OParlContext.Start(context.MeetingUrl(entry), "Meeting");
        json["name"] = $"{entry.Organization.Name}, Sitzung {meeting.Number} am {meeting.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
        json["meetingState"] = MeetingStates.Label(meeting.State);
        json["cancelled"] = meeting.State == MeetingStates.Cancelled;
        json["start"] = context.LocalDateTime(meeting.Date, meeting.Start);
        if (meeting.End is { } end) json["end"] = context.LocalDateTime(meeting.Date, end);
        if (!omitInternal && entry.Location is { } location) json["location"] = LocationObjects.Json(context, location, inMeeting: true);
        json["organization"] = new JsonArray(context.OrganizationUrl(entry.Organization));
        OParlContext.Optional(json, "participant", OParlContext.Array(entry.Participants.Select(context.PersonUrl)));
        if (!omitInternal)
        {
            // The newest invitation and minutes are the meeting's; supplements and earlier versions go beside them.
            var invitation = entry.Files.LastOrDefault(f => f.Kind == MeetingDocumentKinds.Invitation);
            var minutes = entry.Files.LastOrDefault(f => f.Kind == MeetingDocumentKinds.Minutes);
            if (invitation is not null) json["invitation"] = FileObjects.Json(context, invitation, embedded: true);
            if (minutes is not null) json["resultsProtocol"] = FileObjects.Json(context, minutes, embedded: true);
            OParlContext.Optional(json, "auxiliaryFile", OParlContext.Array(entry.Files.Where(f => f != invitation && f != minutes)
                .Select(f => FileObjects.Json(context, f, embedded: true))));
            OParlContext.Optional(json, "agendaItem", OParlContext.Array(entry.AgendaItems.Select(a => AgendaItemObjects.Json(context, a, embedded: true))));
        }
        return context.Stamp(json, entry);
    }
}
