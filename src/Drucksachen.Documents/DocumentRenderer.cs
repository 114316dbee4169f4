using System.Globalization;
using System.Text;
using Drucksachen.Documents.Layout;
using Drucksachen.Documents.Meetings;
using Drucksachen.Documents.Pdf;
using Drucksachen.Documents.Templates;

namespace Drucksachen.Documents;

/// <summary>
/// Turns a <see cref="PaperDocument"/> into the PDF a city sends out: template → Markdown → layout → PDF; and a
/// <see cref="MeetingDocument"/> into its invitation, minutes and packet the same way.
/// Build one per process and share it: construction loads templates and fonts (and fails there on a broken
/// template or a missing font); every Render method is thread-safe.
/// </summary>
public sealed class DocumentRenderer
{
    private readonly TemplateStore _templates;
    private readonly PdfDocumentWriter _pdf;
    private readonly PaperLayout _layout;
    private readonly MeetingRendering _meetings;

    /// <exception cref="TemplateException">A template file is invalid, or the folder does not exist.</exception>
    /// <exception cref="FontNotFoundException">A configured font file is missing.</exception>
    public DocumentRenderer(DocumentOptions options)
    {
        _templates = new TemplateStore(options.TemplatesPath);
        _pdf = new PdfDocumentWriter(options.FontsPath, options.Fonts);
        _layout = new PaperLayout(LayoutPipeline.Default, _pdf.Metrics, LayoutTheme.Default, options.ImagesPath);
        _meetings = new MeetingRendering(_templates, _pdf, new MeetingLayout(LayoutPipeline.Default, _pdf.Metrics, LayoutTheme.Default));
    }

    /// <summary>The loaded templates, e.g. to ask which sections a paper type has.</summary>
    public IReadOnlyCollection<PaperTemplate> Templates => _templates.All;

    /// <summary>Renders the paper. Bad content (missing image, over-long word, too-wide table) does not fail:
    /// it is worked around and listed in <see cref="RenderResult.Problems"/>.</summary>
    /// <exception cref="TemplateException">No template is named <see cref="PaperDocument.Template"/>.</exception>
    public RenderResult Render(PaperDocument paper)
    {
        var template = _templates.Get(paper.Template);
        var markdown = TemplateStore.Fill(template, paper);
        var (layout, problems) = _layout.Layout(paper, template.Heading, markdown);
        var info = new PdfMetadataInfo(
            Title: paper.Title,
            Author: paper.LeadOffice,
            Subject: PaperLayout.NumberLabel(paper),
            Keywords: string.Join(", ", paper.Keywords),
            Date: paper.Date,
            DocumentKey: paper.Number ?? paper.Title,
            ContentKey: ContentKey(paper, template, markdown));
        var pdf = _pdf.Write(layout, info);
        return new RenderResult(pdf, layout.Pages.Count, template.Name, template.Version, problems);
    }

    /// <summary>The invitation (Einladung) with its agenda, from the template with <c>document: invitation</c>; in the
    /// edition <see cref="MeetingDocument.Edition"/> names. A supplement (<see cref="MeetingDocument.Supplement"/>) is
    /// headed "n. Nachtrag zur Tagesordnung"; an urgent one carries the template's urgent notice.</summary>
    /// <exception cref="TemplateException">The templates folder has no invitation template.</exception>
    public RenderResult RenderInvitation(MeetingDocument meeting) => _meetings.Invitation(meeting);

    /// <summary>The minutes (Niederschrift), from the template with <c>document: minutes</c>, ending in signature lines
    /// for the chair and the minute-taker; in the edition <see cref="MeetingDocument.Edition"/> names.</summary>
    /// <exception cref="TemplateException">The templates folder has no minutes template.</exception>
    public RenderResult RenderMinutes(MeetingDocument meeting) => _meetings.Minutes(meeting);

    /// <summary>
    /// The meeting packet (Sitzungsmappe): the invitation of <paramref name="meeting"/>'s edition, then each paper's PDF
    /// in the order given, with one bookmark each ("Einladung", "Ö 3 – 1803/22 Title"). Tagged PDF/UA-1 and PDF/A-2a,
    /// each document a <c>Part</c> of its structure tree; PDF/A-2b without a tree if a paper's PDF is not tagged.
    /// </summary>
    /// <exception cref="ArgumentException">The edition is public and a paper's item is not shown in it (the message
    /// names the item's number only).</exception>
    /// <exception cref="UnreadablePaperPdfException">A paper's PDF cannot be read.</exception>
    public RenderResult RenderPacket(MeetingDocument meeting, IReadOnlyList<PacketPaper> papers) => _meetings.Packet(meeting, papers);

    /// <summary>The Markdown the template produces for the paper, before layout; for previews and diagnostics.</summary>
    public string ComposeMarkdown(PaperDocument paper) => TemplateStore.Fill(_templates.Get(paper.Template), paper);

    private static string ContentKey(PaperDocument paper, PaperTemplate template, string markdown)
    {
        var key = new StringBuilder(markdown.Length + 512);
        key.Append(template.Name).Append('|').Append(template.Version).Append('|').Append(paper.Title).Append('|')
            .Append(paper.Number).Append('|').Append(paper.IsPublic).Append('|').Append(paper.LeadOffice).Append('|')
            .Append(paper.Date.ToString("O", CultureInfo.InvariantCulture)).Append('|').Append(paper.Signature).Append('|').Append(paper.Letterhead).Append('|');
        foreach (var c in paper.Consultations)
            key.Append(c.Body).Append(c.Date.ToString("O", CultureInfo.InvariantCulture)).Append(c.IsPublic).Append(c.Role).Append(c.Outcome).Append(c.Vote).Append('|');
        return key.Append(markdown).ToString();
    }
}
