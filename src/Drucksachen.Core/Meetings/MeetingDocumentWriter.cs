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
    public async Task WriteAsync(IMeetingSession session, Meeting meeting, string kind, int? supplement, DateTimeOffset now, JsonObject details,
        CancellationToken ct)
    {
        var written = new JsonArray();
        var (publicEdition, membersEdition) = await views.EditionsAsync(meeting, ct);
        foreach (var view in publicEdition is null ? [membersEdition] : new[] { publicEdition, membersEdition })
        {
            var isPublic = !view.ShowsNonPublic;
            var rendered = kind == MeetingDocumentKinds.Minutes ? renderer.Minutes(view) : renderer.Invitation(view, supplement);
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
