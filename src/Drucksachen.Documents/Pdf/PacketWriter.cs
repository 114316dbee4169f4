using Drucksachen.Documents.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Joins finished PDFs into one (a meeting packet): their pages in order, one bookmark at the first page of each, our
/// output intent, metadata and deterministic IDs. When every part is a tagged PDF this product wrote, their structure
/// trees become parts (<c>Part</c>) of one tree and the file is PDF/UA-1 and PDF/A-2a like each of them; a part without
/// a usable tree (a PDF stored before papers were tagged) makes the whole file PDF/A-2b, without a tree.
/// </summary>
internal static class PacketWriter
{
    /// <exception cref="UnreadablePartException">A part is not a PDF PDFsharp can read; carries its index.</exception>
    public static (byte[] Pdf, int PageCount) Combine(IReadOnlyList<(string Bookmark, byte[] Pdf)> parts, PdfMetadataInfo info)
    {
        using var document = PdfDocumentWriter.Create(info);
        var root = new StructureElement(StructureType.Document, null);
        var structure = new StructureTree(document);
        var tagged = true;
        for (var i = 0; i < parts.Count; i++)
        {
            var (bookmark, bytes) = parts[i];
            using var source = Open(bytes, i);
            var imported = tagged ? ImportedStructure.Read(source, new StructureElement(StructureType.Part, root)) : null;
            tagged = imported is not null;
            var first = document.PageCount;
            foreach (var page in source.Pages)
            {
                var added = document.AddPage(page);
                if (!tagged)
                    continue;
                structure.BeginPage(added);
                tagged = imported!.Mark(page, added, structure);
            }
            if (document.PageCount > first)
                document.Outlines.Add(bookmark, document.Pages[first], true).PageDestinationType = PdfPageDestinationType.Fit;
        }
        document.PageMode = PdfPageMode.UseOutlines;
        if (tagged)
            structure.Prepare();
        else
            Untag(document);
        OutputIntent.Add(document);
        var pageCount = document.PageCount;

        var pdf = PdfDocumentWriter.Save(document, info, tagged ? PdfConformance.TaggedArchival : PdfConformance.BasicArchival,
            tagged ? firstNumber => structure.Write(root, firstNumber) : null);
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

    /// <summary>Drops the keys that point into the parts' structure trees, which an untagged packet does not have.</summary>
    private static void Untag(PdfDocument document)
    {
        foreach (var page in document.Pages)
        {
            page.Elements.Remove("/StructParents");
            for (var i = 0; i < page.Annotations.Count; i++)
                page.Annotations[i].Elements.Remove("/StructParent");
        }
    }
}
