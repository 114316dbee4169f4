using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>
/// The machine-decidable rules of PDF/UA-1 and PDF/A-2a that veraPDF would check, read with PdfPig, a parser
/// independent of the writer: every painting operator inside marked content or an artifact, standard structure
/// types, a consistent parent tree, TH with Scope, figures with Alt, language, title, fonts embedded with Unicode
/// maps, XMP identification, output intent.
/// </summary>
public sealed class TaggedPdfChecker : IDisposable
{
    private static readonly HashSet<string> PaintingOperators = ["TJ", "Tj", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"];

    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
        "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure",
        "Formula", "Form",
    ];

    private readonly PdfDocument _document;

    public TaggedPdfChecker(byte[] pdf)
    {
        _document = PdfDocument.Open(pdf);
    }

    public void Dispose() => _document.Dispose();

    private DictionaryToken Catalog => _document.Structure.Catalog.CatalogDictionary;

    /// <summary>The structure tree as text: <c>Type(child,child)</c>, in reading order.</summary>
    public string Outline() => Outline(Dictionary(Get(Dictionary(Get(Catalog, "StructTreeRoot")), "K")));

    /// <summary>Every rule broken, one line each; empty for a conforming file.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, Get(Catalog, "Lang") is StringToken { Data: "de-DE" }, "catalog /Lang is not de-DE");
        Check(problems, Get(Dictionary(Get(Catalog, "MarkInfo")), "Marked") is BooleanToken { Data: true }, "MarkInfo /Marked is not true");
        Check(problems, Get(Dictionary(Get(Catalog, "ViewerPreferences")), "DisplayDocTitle") is BooleanToken { Data: true }, "DisplayDocTitle is not true");
        CheckXmp(problems);
        CheckOutputIntent(problems);

        var root = Dictionary(Get(Catalog, "StructTreeRoot"));
        var parentTree = ParentTree(Dictionary(Get(root, "ParentTree")));
        var elements = new List<DictionaryToken>();
        Collect(Dictionary(Get(root, "K")), elements);
        foreach (var element in elements)
        {
            var type = ((NameToken)Get(element, "S")!).Data;
            Check(problems, StandardTypes.Contains(type), $"non-standard structure type {type}");
            if (type == "TH")
                Check(problems, Get(Dictionary(Get(element, "A")), "Scope") is NameToken, "a TH without Scope");
            if (type == "Figure")
                Check(problems, Text(Get(element, "Alt")).Length > 0, "a Figure without Alt");
        }

        for (var number = 1; number <= _document.NumberOfPages; number++)
        {
            var page = _document.GetPage(number);
            var dictionary = page.Dictionary;
            Check(problems, Get(dictionary, "Tabs") is NameToken { Data: "S" }, $"page {number}: /Tabs is not /S");
            var key = Get(dictionary, "StructParents") is NumericToken n ? n.Int : -1;
            var parents = key >= 0 && parentTree.TryGetValue(key, out var p) ? (ArrayToken)p : null;
            Check(problems, parents is not null, $"page {number}: no parent tree entry");
            var depth = 0;
            var mcids = 0;
            foreach (var operation in page.Operations)
            {
                switch (operation.Operator)
                {
                    case "BMC":
                        depth++;
                        break;
                    case "BDC":
                        depth++;
                        if (operation is BeginMarkedContentWithProperties { Properties: { } properties } && properties.ContainsKey(NameToken.Create("MCID")))
                            mcids++;
                        break;
                    case "EMC":
                        depth--;
                        break;
                    case var op when PaintingOperators.Contains(op) && depth == 0:
                        problems.Add($"page {number}: {op} outside marked content");
                        break;
                }
            }
            Check(problems, depth == 0, $"page {number}: marked content not closed");
            Check(problems, parents is null || parents.Data.Count == mcids, $"page {number}: {mcids} marked contents, {parents?.Data.Count} parent tree entries");
            CheckFonts(problems, number, dictionary);
            foreach (var annotation in Array(Get(dictionary, "Annots")))
            {
                var annot = Dictionary(annotation);
                Check(problems, Get(annot, "StructParent") is NumericToken sp && parentTree.ContainsKey(sp.Int), $"page {number}: an annotation outside the structure");
                Check(problems, Text(Get(annot, "Contents")).Length > 0, $"page {number}: an annotation without /Contents");
                Check(problems, Get(annot, "F") is NumericToken { Int: 4 }, $"page {number}: an annotation not printable");
            }
        }
        return problems;
    }

    private void CheckXmp(List<string> problems)
    {
        var metadata = Get(Catalog, "Metadata") as StreamToken;
        var xmp = metadata is null ? "" : Encoding.UTF8.GetString(metadata.Data.Span);
        Check(problems, metadata is not null && Get(metadata.StreamDictionary, "Filter") is null, "no unfiltered XMP metadata stream");
        Check(problems, xmp.Contains("<pdfaid:part>2</pdfaid:part>", StringComparison.Ordinal), "XMP: no pdfaid:part 2");
        Check(problems, xmp.Contains("<pdfaid:conformance>A</pdfaid:conformance>", StringComparison.Ordinal), "XMP: no pdfaid:conformance A");
        Check(problems, xmp.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal), "XMP: no pdfuaid:part 1");
        Check(problems, xmp.Contains("<dc:title>", StringComparison.Ordinal), "XMP: no dc:title");
        Check(problems, _document.Structure.Trailer.Identifier.Count == 2, "no document /ID");
    }

    private void CheckOutputIntent(List<string> problems)
    {
        var intents = Array(Get(Catalog, "OutputIntents"));
        var intent = intents.Count == 1 ? Dictionary(intents[0]) : null;
        Check(problems, intent is not null && Get(intent, "S") is NameToken { Data: "GTS_PDFA1" }, "no PDF/A output intent");
        var profile = Get(intent, "DestOutputProfile") as StreamToken;
        Check(problems, profile is not null && Get(profile.StreamDictionary, "N") is NumericToken { Int: 3 }, "output intent without an RGB profile");
        if (profile is not null)
            problems.AddRange(IccProfileProblems(Inflate(profile)));
    }

    /// <summary>The output intent's profile, decoded, as the file carries it; null without one.</summary>
    public byte[]? OutputProfile()
    {
        var intent = Dictionary(Array(Get(Catalog, "OutputIntents")).FirstOrDefault());
        return Get(intent, "DestOutputProfile") is StreamToken profile ? Inflate(profile) : null;
    }

    /// <summary>
    /// The output intent's profile as ISO 19005-2, 6.2.3 wants it (and veraPDF's rule 6.2.3-1 checks): a valid ICC
    /// profile of device class monitor or printer, colour space RGB here, version before 5 (PDF/A-2 takes ICC v2 and
    /// v4). Valid means the header of ICC.1 (7.2): its size, the signature 'acsp', and the MD5 profile ID if set.
    /// </summary>
    public static List<string> IccProfileProblems(byte[] icc)
    {
        var problems = new List<string>();
        if (icc.Length < 132)
        {
            problems.Add($"output intent profile of {icc.Length} bytes, shorter than an ICC header");
            return problems;
        }
        string Signature(int at) => Encoding.ASCII.GetString(icc, at, 4);
        Check(problems, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(icc) == icc.Length, "output intent profile: size in the header is not its length");
        Check(problems, Signature(36) == "acsp", "output intent profile: no 'acsp' signature");
        Check(problems, Signature(12) is "mntr" or "prtr", $"output intent profile: device class '{Signature(12)}', not mntr or prtr");
        Check(problems, Signature(16) == "RGB ", $"output intent profile: colour space '{Signature(16)}', not RGB");
        Check(problems, icc[8] is 2 or 4, $"output intent profile: ICC version {icc[8]}, not 2 or 4");
        var id = icc.AsSpan(84, 16).ToArray();
        if (id.Any(b => b != 0))
        {
            // ICC.1, 7.2.18: the MD5 of the profile with flags, rendering intent and the ID itself zeroed.
            var copy = (byte[])icc.Clone();
            System.Array.Clear(copy, 44, 4);
            System.Array.Clear(copy, 64, 4);
            System.Array.Clear(copy, 84, 16);
            Check(problems, System.Security.Cryptography.MD5.HashData(copy).AsSpan().SequenceEqual(id), "output intent profile: profile ID is not its MD5");
        }
        return problems;
    }

    private byte[] Inflate(StreamToken stream)
    {
        if (Get(stream.StreamDictionary, "Filter") is not NameToken { Data: "FlateDecode" })
            return stream.Data.ToArray();
        using var input = new System.IO.Compression.ZLibStream(new MemoryStream(stream.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private void CheckFonts(List<string> problems, int number, DictionaryToken page)
    {
        var fonts = Dictionary(Get(Dictionary(Get(page, "Resources")), "Font"));
        if (fonts is null) return;
        foreach (var (name, reference) in fonts.Data)
        {
            var font = Dictionary(reference)!;
            Check(problems, Get(font, "ToUnicode") is not null, $"page {number}: font {name} without ToUnicode");
            var descendant = Dictionary(Array(Get(font, "DescendantFonts")).FirstOrDefault()) ?? font;
            var descriptor = Dictionary(Get(descendant, "FontDescriptor"));
            Check(problems, descriptor is not null && (Get(descriptor, "FontFile2") ?? Get(descriptor, "FontFile3") ?? Get(descriptor, "FontFile")) is not null,
                $"page {number}: font {name} not embedded");
        }
    }

    private string Outline(DictionaryToken? element)
    {
        if (element is null) return "";
        var type = ((NameToken)Get(element, "S")!).Data;
        var children = Kids(element).Where(k => k is not null && Get(k, "S") is not null).Select(Outline).ToList();
        return children.Count == 0 ? type : $"{type}({string.Join(",", children)})";
    }

    private void Collect(DictionaryToken? element, List<DictionaryToken> elements)
    {
        if (element is null || Get(element, "S") is null) return;
        elements.Add(element);
        foreach (var kid in Kids(element))
            Collect(kid, elements);
    }

    private IEnumerable<DictionaryToken?> Kids(DictionaryToken element) => Get(element, "K") switch
    {
        ArrayToken array => array.Data.Select(Dictionary),
        IndirectReferenceToken or DictionaryToken => [Dictionary(Get(element, "K"))],
        _ => [],
    };

    private Dictionary<int, IToken> ParentTree(DictionaryToken? tree)
    {
        var nums = Array(tree is null ? null : Get(tree, "Nums"));
        var entries = new Dictionary<int, IToken>();
        for (var i = 0; i + 1 < nums.Count; i += 2)
            entries[((NumericToken)nums[i]).Int] = Resolve(nums[i + 1])!;
        return entries;
    }

    private IToken? Get(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(token) : null;

    private IToken? Resolve(IToken? token) =>
        token is IndirectReferenceToken reference ? _document.Structure.GetObject(reference.Data).Data : token;

    private DictionaryToken? Dictionary(IToken? token) => Resolve(token) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    private IReadOnlyList<IToken> Array(IToken? token) => Resolve(token) is ArrayToken array ? array.Data : [];

    /// <summary>A text string, as the writer may put it: literal or hex.</summary>
    private static string Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => "",
    };

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds) problems.Add(problem);
    }
}
