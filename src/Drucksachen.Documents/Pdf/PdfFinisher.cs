using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IO;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Rewrites the uncompressed file PDFsharp saved: deflates every stream but the font programs with a proper zlib
/// wrapper (PDFsharp's own omits the Adler-32 checksum, which qpdf flags), and replaces what PDFsharp makes random -
/// the file ID, the XMP document and instance IDs - with values derived from the paper, so that equal input gives an
/// equal file.
/// Relies on the layout of PDFsharp's classic output: objects, then an xref table and trailer.
/// </summary>
internal static partial class PdfFinisher
{
    private static readonly Encoding Latin1 = Encoding.Latin1;


    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex Length();

    [GeneratedRegex(@"<xmpMM:(DocumentID|InstanceID)>uuid:[0-9a-f\-]{36}</xmpMM:\1>")]
    private static partial Regex XmpId();

    [GeneratedRegex(@"/ID\[<[0-9A-F]*><[0-9A-F]*>\]")]
    private static partial Regex FileId();

    /// <param name="conformance">What the XMP packet declares the file conforms to.</param>
    /// <param name="structure">The structure tree, given the first object number free after PDFsharp's objects; null:
    /// the file has none.</param>
    public static byte[] Finish(ReadOnlySpan<byte> pdf, string documentKey, string contentKey, PdfConformance conformance,
        Func<int, StructureObjects>? structure)
    {
        var documentId = Hash(documentKey);
        var instanceId = Hash(contentKey);
        var xrefAt = pdf.LastIndexOf("\nxref\n"u8) + 1;
        if (xrefAt <= 0)
            throw new InvalidOperationException("PDFsharp output has no classic xref table; the PDF finisher cannot rewrite it.");
        var offsets = ReadXref(pdf[xrefAt..], out var trailerAt);
        var order = offsets.Select((offset, number) => (Offset: offset, Number: number)).Where(o => o.Offset > 0).OrderBy(o => o.Offset).ToArray();
        var tree = structure?.Invoke(offsets.Length) ?? new StructureObjects(-1, "", offsets.Length, []);
        var size = offsets.Length + tree.Elements.Count;

        using var output = PdfBuffers.Rent("finished PDF");
        output.Write(pdf[..order[0].Offset]);
        var newOffsets = new long[size];
        for (var i = 0; i < order.Length; i++)
        {
            var end = i + 1 < order.Length ? order[i + 1].Offset : xrefAt;
            newOffsets[order[i].Number] = output.Position;
            if (order[i].Number == tree.RootNumber)
                WriteObject(output, tree.RootNumber, "<<" + tree.Root + ">>");
            else
                WriteObject(output, pdf[order[i].Offset..end], documentId, instanceId, conformance);
        }
        for (var i = 0; i < tree.Elements.Count; i++)
        {
            newOffsets[tree.FirstNumber + i] = output.Position;
            WriteObject(output, tree.FirstNumber + i, tree.Elements[i]);
        }

        var xrefPosition = output.Position;
        var xref = new StringBuilder(size * 20 + 32);
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
            xref.Append(CultureInfo.InvariantCulture, $"{newOffsets[n]:D10} 00000 n \n");
        var trailer = Latin1.GetString(pdf[(xrefAt + trailerAt)..]);
        trailer = trailer[..trailer.IndexOf("startxref", StringComparison.Ordinal)];
        trailer = FileId().Replace(trailer, $"/ID[<{Hex(documentId)}><{Hex(instanceId)}>]");
        trailer = TrailerSize().Replace(trailer, $"/Size {size}", 1);
        xref.Append(trailer).Append(CultureInfo.InvariantCulture, $"startxref\n{xrefPosition}\n%%EOF\n");
        output.Write(Latin1.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    private static int[] ReadXref(ReadOnlySpan<byte> xref, out int trailerAt)
    {
        var text = Latin1.GetString(xref[..Math.Min(xref.Length, 64)]);
        var header = text.Split('\n')[1].Split(' ');
        var count = int.Parse(header[1], CultureInfo.InvariantCulture);
        var first = text.IndexOf('\n', text.IndexOf('\n') + 1) + 1;
        var offsets = new int[count];
        for (var n = 0; n < count; n++)
        {
            var entry = xref.Slice(first + n * 20, 20);
            if (entry[17] == (byte)'n' && Utf8Parser.TryParse(entry[..10], out int offset, out _))
                offsets[n] = offset;
        }
        trailerAt = first + count * 20;
        return offsets;
    }

    [GeneratedRegex(@"/Size \d+")]
    private static partial Regex TrailerSize();

    /// <summary>An object of ours, as PDFsharp writes its objects; <paramref name="body"/> is ASCII.</summary>
    private static void WriteObject(Stream output, int number, string body) =>
        output.Write(Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n")));

    private static void WriteObject(Stream output, ReadOnlySpan<byte> obj, byte[] documentId, byte[] instanceId, PdfConformance conformance)
    {
        var streamAt = obj.IndexOf(">>\nstream\n"u8);
        if (streamAt < 0)
        {
            output.Write(obj);
            return;
        }
        var dictionary = Latin1.GetString(obj[..(streamAt + 2)]);
        var dataAt = streamAt + ">>\nstream\n".Length;
        var length = int.Parse(Length().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        var data = obj.Slice(dataAt, length);
        var rest = obj[(dataAt + length)..];

        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            // XMP stays uncompressed so that metadata tools can read it.
            var xmp = XmpId().Replace(Encoding.UTF8.GetString(data), m =>
                $"<xmpMM:{m.Groups[1].Value}>uuid:{Uuid(m.Groups[1].Value == "DocumentID" ? documentId : instanceId)}</xmpMM:{m.Groups[1].Value}>");
            var end = xmp.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal);
            if (end < 0)
                throw new InvalidOperationException("PDFsharp's XMP metadata has no rdf:RDF element to add the PDF/A identification to.");
            xmp = xmp.Insert(end, conformance.Identification);
            dictionary = Length().Replace(dictionary, $"/Length {Encoding.UTF8.GetByteCount(xmp)}", 1);
            output.Write(Latin1.GetBytes(dictionary));
            output.Write("\nstream\n"u8);
            output.Write(Encoding.UTF8.GetBytes(xmp));
            output.Write(rest);
            return;
        }
        // A font program (the only stream with /Length1) is written as it is: glyph outlines hardly compress (by a
        // sixth), so deflating them costs about as much as deflating all the pages' content, for a twenty-fifth of
        // the file.
        if (dictionary.Contains("/Filter", StringComparison.Ordinal) || dictionary.Contains("/Length1", StringComparison.Ordinal))
        {
            output.Write(Latin1.GetBytes(dictionary));
            output.Write("\nstream\n"u8);
            output.Write(data);
            output.Write(rest);
            return;
        }
        using var compressed = Deflate(data);
        dictionary = Length().Replace(dictionary, $"/Length {compressed.Length}/Filter/FlateDecode", 1);
        output.Write(Latin1.GetBytes(dictionary));
        output.Write("\nstream\n"u8);
        compressed.WriteTo(output);
        output.Write(rest);
    }

    // Fastest: rendering time matters more than the last few kilobytes of a paper.
    private static RecyclableMemoryStream Deflate(ReadOnlySpan<byte> data)
    {
        var buffer = PdfBuffers.Rent("deflated stream");
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(data);
        return buffer;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16];

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    private static string Uuid(byte[] bytes) => new Guid(bytes).ToString("D");
}
