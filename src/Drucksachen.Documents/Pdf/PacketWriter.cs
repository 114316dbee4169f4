using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Joins finished PDFs into one (a meeting packet): their pages in order, one bookmark at the first page of each, our
/// output intent, metadata and deterministic IDs. The parts' structure trees are not carried over (PDFsharp imports
/// pages, not trees), so the result declares PDF/A-2b and its pages lose the marks that pointed into the old trees.
/// </summary>
internal static class PacketWriter
{
    /// <exception cref="UnreadablePartException">A part is not a PDF PDFsharp can read; carries its index.</exception>
    public static (byte[] Pdf, int PageCount) Combine(IReadOnlyList<(string Bookmark, byte[] Pdf)> parts, PdfMetadataInfo info)
    {
        using var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        PdfDocumentWriter.SetInfo(document, info);
        for (var i = 0; i < parts.Count; i++)
        {
            var (bookmark, bytes) = parts[i];
            using var source = Open(bytes, i);
            var first = document.PageCount;
            foreach (var page in source.Pages)
                Untag(document.AddPage(page));
            if (document.PageCount > first)
                document.Outlines.Add(bookmark, document.Pages[first], true).PageDestinationType = PdfPageDestinationType.Fit;
        }
        document.PageMode = PdfPageMode.UseOutlines;
        OutputIntent.Add(document);
        var pageCount = document.PageCount;

        using var stream = PdfBuffers.Rent("PDFsharp packet output");
        document.Save(stream, false);
        var pdf = PdfFinisher.Finish(stream.GetBuffer().AsSpan(0, (int)stream.Length), info.DocumentKey, info.ContentKey,
            PdfConformance.BasicArchival, structure: null);
        return (pdf, pageCount);
    }

    private static PdfDocument Open(byte[] bytes, int index)
    {
        try
        {
            return PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or ArgumentException or IOException)
        {
            throw new UnreadablePartException(index, e);
        }
    }

    /// <summary>Drops the keys that pointed into the part's structure tree, which the packet does not have.</summary>
    private static void Untag(PdfPage page)
    {
        page.Elements.Remove("/StructParents");
        if (page.Elements.GetArray("/Annots") is not { } annotations)
            return;
        foreach (var item in annotations.Elements)
        {
            if ((item as PdfReference)?.Value is PdfDictionary annotation)
                annotation.Elements.Remove("/StructParent");
        }
    }
}
