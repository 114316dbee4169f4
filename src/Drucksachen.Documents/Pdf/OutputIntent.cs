using System.IO.Compression;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The output intent PDF/A asks for (ISO 19005-2, 6.2.3): the colours of a paper are sRGB, described by the sRGB
/// profile shipped with the product (colord's, CC0; <c>ColorProfiles/LICENSE</c>). The profile is deflated once per
/// process and written as it is, so that it costs a paper nothing but its bytes.
/// </summary>
internal static class OutputIntent
{
    private const string Condition = "sRGB IEC61966-2.1";
    private static readonly byte[] Profile = Deflated("Drucksachen.Documents.ColorProfiles.sRGB.icc");

    public static void Add(PdfDocument document)
    {
        var profile = new PdfDictionary(document);
        document.Internals.AddObject(profile);
        profile.Elements["/N"] = new PdfInteger(3);
        profile.Elements.SetName("/Filter", "/FlateDecode");
        profile.CreateStream(Profile);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements["/OutputConditionIdentifier"] = new PdfString(Condition);
        intent.Elements["/Info"] = new PdfString(Condition);
        intent.Elements.SetReference("/DestOutputProfile", profile);
        document.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(document, intent);
    }

    private static byte[] Deflated(string resource)
    {
        using var stream = typeof(OutputIntent).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The colour profile {resource} is missing from the assembly.");
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            stream.CopyTo(zlib);
        return output.ToArray();
    }
}
