using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The PDF back end: draws a <see cref="LaidOutDocument"/> with PDFsharp. This folder is the only code that knows
/// PDFsharp; replacing the back end means replacing this folder, whose entry points are this class and
/// <see cref="PdfFontMetrics"/>.
/// </summary>
internal sealed class PdfDocumentWriter
{
    private readonly PdfFonts _fonts;

    public PdfDocumentWriter(string? fontsPath, FontFiles files)
    {
        _fonts = new PdfFonts(fontsPath, files);
        Metrics = new PdfFontMetrics(_fonts);
    }

    public IFontMetrics Metrics { get; }

    public byte[] Write(LaidOutDocument layout, PdfMetadataInfo info)
    {
        using var document = Create(info);

        var brushes = new Dictionary<Ink, XBrush>();
        var pens = new Dictionary<(Ink, double), XPen>();
        var images = new Dictionary<string, XImage>(StringComparer.Ordinal);
        var fonts = new EmbeddedFonts(document, _fonts);
        var structure = new StructureTree(document);
        try
        {
            foreach (var page in layout.Pages)
            {
                var pdfPage = document.AddPage();
                pdfPage.Width = XUnit.FromPoint(layout.Geometry.Width);
                pdfPage.Height = XUnit.FromPoint(layout.Geometry.Height);
                structure.BeginPage(pdfPage);
                using var graphics = XGraphics.FromPdfPage(pdfPage);
                var text = new PageText(graphics, fonts, pdfPage, layout.Geometry.Height, structure);
                foreach (var item in page.Items)
                {
                    if (item is TextItem textItem)
                    {
                        text.Draw(textItem);
                        continue;
                    }
                    text.End();
                    if (item is LinkItem link)
                    {
                        AddLink(pdfPage, layout.Geometry, link, structure);
                        continue;
                    }
                    text.BeginMarked(item.Element);
                    Draw(graphics, item, brushes, pens, images);
                    text.EndMarked();
                }
                text.End();
            }
        }
        finally
        {
            foreach (var image in images.Values)
                image.Dispose();
        }
        fonts.Complete();
        structure.Prepare();
        OutputIntent.Add(document);
        AddOutline(document, layout);

        return Save(document, info, PdfConformance.TaggedArchival, firstNumber => structure.Write(layout.Structure, firstNumber));
    }

    /// <summary>A new file with our info dictionary, language and title display, left uncompressed for
    /// <see cref="Save"/>: PDFsharp's own deflate output lacks the zlib checksum, PdfFinisher compresses instead.</summary>
    public static PdfDocument Create(PdfMetadataInfo info)
    {
        var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        SetInfo(document, info);
        return document;
    }

    /// <summary>Saves a file made by <see cref="Create"/> and finishes it: compressed, with IDs from
    /// <paramref name="info"/>, declaring <paramref name="conformance"/>, with the structure tree if one is given.</summary>
    public static byte[] Save(PdfDocument document, PdfMetadataInfo info, PdfConformance conformance, Func<int, StructureObjects>? structure)
    {
        using var stream = PdfBuffers.Rent("PDFsharp output");
        document.Save(stream, false);
        return PdfFinisher.Finish(stream.GetBuffer().AsSpan(0, (int)stream.Length), info.DocumentKey, info.ContentKey, conformance, structure);
    }

    private static void SetInfo(PdfDocument document, PdfMetadataInfo info)
    {
        var date = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = info.Keywords;
        document.Info.Creator = "Drucksachen";
        document.Info.CreationDate = date;
        document.Info.ModificationDate = date;
        document.Language = "de-DE";
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    private static void Draw(XGraphics graphics, PageItem item,
        Dictionary<Ink, XBrush> brushes, Dictionary<(Ink, double), XPen> pens, Dictionary<string, XImage> images)
    {
        switch (item)
        {
            case RuleItem rule:
                if (!pens.TryGetValue((rule.Ink, rule.Thickness), out var pen))
                    pens[(rule.Ink, rule.Thickness)] = pen = new XPen(Color(rule.Ink), rule.Thickness);
                graphics.DrawLine(pen, rule.X1, rule.Y1, rule.X2, rule.Y2);
                break;
            case FillItem fill:
                graphics.DrawRectangle(Brush(brushes, fill.Ink), fill.X, fill.Y, fill.Width, fill.Height);
                break;
            case ImageItem image:
                if (!images.TryGetValue(image.Path, out var xImage))
                    images[image.Path] = xImage = XImage.FromFile(image.Path);
                graphics.DrawImage(xImage, image.X, image.Y, image.Width, image.Height);
                break;
        }
    }

    /// <summary>A link annotation, printable (PDF/A), with its address as its description, tied to its Link element.</summary>
    private static void AddLink(PdfPage page, PageGeometry geometry, LinkItem link, StructureTree structure)
    {
        // Annotations use PDF user space: origin bottom left.
        var rect = new PdfRectangle(new XPoint(link.X, geometry.Height - link.Y - link.Height),
            new XPoint(link.X + link.Width, geometry.Height - link.Y));
        var annotation = page.AddWebLink(rect, link.Target);
        annotation.Elements["/F"] = new PdfInteger(4);
        annotation.Elements["/Contents"] = new PdfString(link.Target, PdfStringEncoding.Unicode);
        if (link.Element is { } element)
            structure.Annotate(annotation, element);
    }

    private static XBrush Brush(Dictionary<Ink, XBrush> brushes, Ink ink)
    {
        if (!brushes.TryGetValue(ink, out var brush))
            brushes[ink] = brush = new XSolidBrush(Color(ink));
        return brush;
    }

    private static XColor Color(Ink ink) => XColor.FromArgb(ink.R, ink.G, ink.B);

    private static void AddOutline(PdfDocument document, LaidOutDocument layout)
    {
        if (layout.Outline.Count == 0)
            return;
        document.PageMode = PdfPageMode.UseOutlines;
        var parents = new Stack<(int Level, PdfOutlineCollection Children)>();
        parents.Push((0, document.Outlines));
        foreach (var entry in layout.Outline)
        {
            while (parents.Peek().Level >= entry.Level)
                parents.Pop();
            var outline = parents.Peek().Children.Add(entry.Title, document.Pages[entry.PageIndex], true);
            outline.PageDestinationType = PdfPageDestinationType.FitH;
            outline.Top = layout.Geometry.Height - entry.Y;
            parents.Push((entry.Level, outline.Outlines));
        }
    }
}
