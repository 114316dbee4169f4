using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Drucksachen.Core.Documents;
using Drucksachen.Core.Storage;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Renders a meeting document in its public and its members' version (only the members' one for a
/// meeting without a public part), stores both and records their checksums in the history entry's
/// details, so that verification finds a replaced PDF.
/// </summary>
public sealed class MeetingDocumentWriter(MeetingViews views, IMeetingRenderer renderer)
{
    /// <summary>The invitation, or with <paramref name="supplement"/> the supplementary agenda its changes make.</summary>
    public Task WriteInvitationAsync(IMeetingSession session, Meeting meeting, AgendaChanges? supplement, DateTimeOffset now, JsonObject details,
        CancellationToken ct) =>
        WriteAsync(session, meeting, supplement is null ? MeetingDocumentKinds.Invitation : MeetingDocumentKinds.Supplement, supplement?.Supplement,
            supplement?.Withdrawn ?? [], view => renderer.Invitation(view, supplement), now, details, ct);

    /// <summary>The minutes, taken by <paramref name="minuteTaker"/> (the name as printed).</summary>
    public Task WriteMinutesAsync(IMeetingSession session, Meeting meeting, string minuteTaker, DateTimeOffset now, JsonObject details,
        CancellationToken ct) =>
        WriteAsync(session, meeting, MeetingDocumentKinds.Minutes, null, [], view => renderer.Minutes(view, minuteTaker), now, details, ct);

    private async Task WriteAsync(IMeetingSession session, Meeting meeting, string kind, int? supplement, IReadOnlyList<SentItem> withdrawn,
        Func<MeetingView, RenderedPaper> render, DateTimeOffset now, JsonObject details, CancellationToken ct)
    {
        var written = new JsonArray();
        var (publicEdition, membersEdition) = await views.EditionsAsync(meeting, withdrawn, ct);
        foreach (var view in publicEdition is null ? [membersEdition] : new[] { publicEdition, membersEdition })
        {
            var isPublic = !view.ShowsNonPublic;
            var rendered = render(view);
            var version = await session.NextMeetingDocumentVersionAsync(meeting.Id, ct);
            var file = FileName(meeting, kind, supplement, isPublic, version);
            var sha512 = Convert.ToHexStringLower(SHA512.HashData(rendered.Pdf));
            session.Add(new MeetingDocumentVersion(meeting.Id, version, kind, isPublic, file, rendered.Pdf, sha512, rendered.Template, now));
            written.Add(new JsonObject { ["version"] = version, ["kind"] = kind, ["public"] = isPublic, ["file"] = file, ["sha512"] = sha512 });
        }
        details["documents"] = written;
    }

    /// <summary>e.g. "Einladung-SAG-001-2026-oeffentlich-v1.pdf".</summary>
    public static string FileName(Meeting meeting, string kind, int? supplement, bool isPublic, int version)
    {
        var name = kind switch
        {
            MeetingDocumentKinds.Minutes => "Niederschrift",
            MeetingDocumentKinds.Supplement => $"Nachtrag{supplement}",
            _ => "Einladung",
        };
        var number = string.Concat(meeting.Number.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        return $"{name}-{number}-{(isPublic ? "oeffentlich" : "mitglieder")}-v{version}.pdf";
    }
}
