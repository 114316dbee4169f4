using System.Text;
using Drucksachen.Documents.Layout;
using Drucksachen.Documents.Pdf;
using Drucksachen.Documents.Templates;

namespace Drucksachen.Documents.Meetings;

/// <summary>
/// The meeting documents behind <see cref="DocumentRenderer"/>: invitation and minutes go template → Markdown → layout
/// → PDF exactly as a paper does, with the same fonts, tagging and determinism; the packet joins the invitation with
/// the papers' PDFs. Thread-safe, as its parts are.
/// </summary>
internal sealed class MeetingRendering(TemplateStore templates, PdfDocumentWriter pdf, MeetingLayout layout)
{
    public RenderResult Invitation(MeetingDocument meeting) => Render(meeting, TemplateKind.Invitation, []);

    public RenderResult Minutes(MeetingDocument meeting) =>
        Render(meeting, TemplateKind.Minutes, [("Vorsitz", meeting.Chair), ("Schriftführung", meeting.MinuteTaker)]);

    public RenderResult Packet(MeetingDocument meeting, IReadOnlyList<PacketPaper> papers)
    {
        foreach (var paper in papers)
        {
            if (!meeting.Shows(paper.Item))
                throw new ArgumentException(
                    $"Item {paper.Item.Number} is not public; the public packet cannot hold its paper.", nameof(papers));
        }
        var invitation = Invitation(meeting);
        var parts = new List<(string, byte[])>(papers.Count + 1) { ("Einladung", invitation.Pdf) };
        parts.AddRange(papers.Select(p => (Bookmark(p.Item), p.Pdf)));
        var title = $"Sitzungsmappe {meeting.Number}";
        var key = new StringBuilder(title).Append('|').Append(meeting.Edition).Append('|').Append(meeting.Supplement).Append('|');
        foreach (var (bookmark, bytes) in parts)
            key.Append(bookmark).Append('|').Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))).Append('|');
        var info = new PdfMetadataInfo(Title: $"{title} – {meeting.Body}", Author: meeting.Letterhead, Subject: EditionLabel(meeting),
            Keywords: "", Date: meeting.Issued, DocumentKey: $"Packet|{meeting.Number}|{meeting.Edition}", ContentKey: key.ToString());
        try
        {
            var (packet, pages) = PacketWriter.Combine(parts, info);
            return new RenderResult(packet, pages, invitation.TemplateName, invitation.TemplateVersion, invitation.Problems);
        }
        catch (UnreadablePartException e)
        {
            // Part 0 is the invitation we just wrote; the others are the papers in order.
            throw new UnreadablePaperPdfException(papers[e.Index - 1].Item.Number, e.InnerException!);
        }
    }

    /// <summary>"Ö 3 – 1803/22 Title", or "Ö 1 – Title" for an item without a paper number.</summary>
    public static string Bookmark(MeetingAgendaItem item) =>
        item.PaperReference is { Length: > 0 } reference ? $"{item.Number} – {reference} {item.Title}" : $"{item.Number} – {item.Title}";

    private RenderResult Render(MeetingDocument meeting, TemplateKind kind, IReadOnlyList<(string Role, string? Name)> signatures)
    {
        var template = templates.Get(kind);
        var markdown = TemplateStore.Fill(template, meeting);
        var label = meeting.Supplement is { } n ? $"{template.Heading} {meeting.Number}, {n}. Nachtrag" : $"{template.Heading} {meeting.Number}";
        var (document, problems) = layout.Layout(markdown, label, signatures);
        // Built from the filled Markdown, which holds of a hidden item only its number: the IDs of the public edition
        // do not change with anything the public may not see.
        var content = new StringBuilder(markdown.Length + 256)
            .Append(template.Name).Append('|').Append(template.Version).Append('|').Append(label).Append('|')
            .Append(meeting.Issued.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('|');
        foreach (var (role, name) in signatures)
            content.Append(role).Append(name).Append('|');
        var info = new PdfMetadataInfo(Title: $"{label} – {meeting.Body}", Author: meeting.Letterhead, Subject: EditionLabel(meeting),
            Keywords: "", Date: meeting.Issued, DocumentKey: $"{kind}|{meeting.Number}|{meeting.Edition}|{meeting.Supplement}",
            ContentKey: content.Append(markdown).ToString());
        return new RenderResult(pdf.Write(document, info), document.Pages.Count, template.Name, template.Version, problems);
    }

    private static string EditionLabel(MeetingDocument meeting) =>
        meeting.Edition == MeetingEdition.Public ? "Öffentliche Fassung" : "Fassung für die Mitglieder";
}
