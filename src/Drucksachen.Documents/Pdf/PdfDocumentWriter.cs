using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The PDF back end: writes a <see cref="LaidOutDocument"/> in PDFsharp's file structure, with PDFsharp's images and
/// the rest of the page content our own (<see cref="PageContent"/>). This folder is the only code that knows PDFsharp;
/// replacing the back end means replacing this folder, whose entry points are this class and
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

        var images = new Dictionary<string, (XImage Source, PdfImage Embedded)>(StringComparer.Ordinal);
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
                using var content = new PageContent(fonts, pdfPage, layout.Geometry.Height, structure);
                foreach (var item in page.Items)
                {
                    switch (item)
                    {
                        case TextItem text:
                            content.Draw(text);
                            break;
                        case RuleItem rule:
                            content.Draw(rule);
                            break;
                        case FillItem fill:
                            content.Draw(fill);
                            break;
                        case LinkItem link:
                            content.End();
                            AddLink(pdfPage, layout.Geometry, link, structure);
                            break;
                        case ImageItem image:
                            if (!images.TryGetValue(image.Path, out var embedded))
                            {
                                var source = XImage.FromFile(image.Path);
                                images[image.Path] = embedded = (source, new PdfImage(document, source));
                            }
                            content.Draw(image, pdfPage.Resources.AddImage(embedded.Embedded));
                            break;
                    }
                }
                content.Complete();
            }
        }
        finally
        {
            foreach (var image in images.Values)
                image.Source.Dispose();
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
