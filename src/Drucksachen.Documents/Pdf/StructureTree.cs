using System.Globalization;
using System.Text;
using Drucksachen.Documents.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The tagged-PDF side of one document (ISO 32000-1, 14.7 and 14.8; PDF/UA-1): hands out the marked-content ids the
/// page content is written with, remembers which structure element each belongs to, declares the file tagged and,
/// once PDFsharp has saved it, writes the structure tree and its parent tree for the <see cref="PdfFinisher"/>.
/// </summary>
internal sealed class StructureTree(PdfDocument document)
{
    private static readonly string[] TagNames = Enum.GetNames<StructureType>();

    /// <summary>The structure type's name in PDF, as the tree and the marked content of the pages write it.</summary>
    public static string TagName(StructureType type) => TagNames[(int)type];
    private readonly List<(PdfPage Page, List<StructureElement> Marks)> _pages = [];
    private readonly Dictionary<StructureElement, List<(PdfPage Page, int Mcid)>> _content = new(ReferenceEqualityComparer.Instance);
    private readonly List<(PdfAnnotation Annotation, PdfPage Page, StructureElement Element)> _annotations = [];
    private PdfDictionary? _root;

    /// <summary>Starts the next page: its content's ids are looked up under the page's index; tab order follows the structure.</summary>
    public void BeginPage(PdfPage page)
    {
        page.Elements["/StructParents"] = new PdfInteger(_pages.Count);
        page.Elements.SetName("/Tabs", "/S");
        _pages.Add((page, []));
    }

    /// <summary>The id of the next marked-content sequence on the current page, which is content of <paramref name="element"/>.</summary>
    public int Mark(StructureElement element)
    {
        var (page, marks) = _pages[^1];
        marks.Add(element);
        if (!_content.TryGetValue(element, out var content))
            _content[element] = content = [];
        content.Add((page, marks.Count - 1));
        return marks.Count - 1;
    }

    /// <summary>An annotation (a link's clickable area) that belongs to <paramref name="element"/>.</summary>
    public void Annotate(PdfAnnotation annotation, StructureElement element) => _annotations.Add((annotation, _pages[^1].Page, element));

    /// <summary>Declares the file tagged and adds the tree's root, still empty; call when every page is drawn and before
    /// the document is saved.</summary>
    public void Prepare()
    {
        _root = new PdfDictionary(document);
        document.Internals.AddObject(_root);
        _root.Elements.SetName("/Type", "/StructTreeRoot");
        for (var i = 0; i < _annotations.Count; i++)
            _annotations[i].Annotation.Elements["/StructParent"] = new PdfInteger(_pages.Count + i);

        var catalog = document.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = _root.Reference;
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;
    }

    /// <summary>
    /// The tree's root dictionary and its elements as objects numbered on from <paramref name="firstNumber"/>, for the
    /// <see cref="PdfFinisher"/>: call after the document is saved, when pages and annotations have their final
    /// numbers. The elements are written as text rather than as PDFsharp objects: a paper has a hundred or more, and
    /// PDFsharp's object model made them a tenth of the time of a PDF.
    /// </summary>
    public StructureObjects Write(StructureElement root, int firstNumber)
    {
        var numbers = new Dictionary<StructureElement, int>(ReferenceEqualityComparer.Instance);
        var elements = new List<StructureElement>();
        Number(root, firstNumber, numbers, elements);
        var objects = _annotations.ToLookup(a => a.Element, a => (a.Annotation, a.Page));
        var rootNumber = _root!.Reference!.ObjectNumber;
        var texts = new List<string>(elements.Count);
        var text = new StringBuilder();
        foreach (var element in elements)
        {
            text.Clear();
            Element(text, element, element.Parent is { } parent ? numbers[parent] : rootNumber, numbers, objects);
            texts.Add(text.ToString());
        }

        text.Clear();
        text.Append("/Type/StructTreeRoot/K ").Append(firstNumber).Append(" 0 R/ParentTree<</Nums[");
        for (var i = 0; i < _pages.Count; i++)
        {
            text.Append(i).Append('[');
            foreach (var element in _pages[i].Marks)
                text.Append(numbers[element]).Append(" 0 R ");
            text.Append("] ");
        }
        for (var i = 0; i < _annotations.Count; i++)
            text.Append(_pages.Count + i).Append(' ').Append(numbers[_annotations[i].Element]).Append(" 0 R ");
        text.Append("]>>/ParentTreeNextKey ").Append(_pages.Count + _annotations.Count);
        return new StructureObjects(rootNumber, text.ToString(), firstNumber, texts);
    }

    private static void Number(StructureElement element, int first, Dictionary<StructureElement, int> numbers, List<StructureElement> order)
    {
        numbers[element] = first + order.Count;
        order.Add(element);
        foreach (var child in element.Children)
            Number(child, first, numbers, order);
    }

    private void Element(StringBuilder text, StructureElement element, int parent, Dictionary<StructureElement, int> numbers,
        ILookup<StructureElement, (PdfAnnotation Annotation, PdfPage Page)> objects)
    {
        text.Append("<</Type/StructElem/S/").Append(TagNames[(int)element.Type]).Append("/P ").Append(parent).Append(" 0 R");
        if (element.Alt is { } alt)
        {
            text.Append("/Alt<FEFF");
            foreach (var c in alt)
                text.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            text.Append('>');
        }
        if (element.Type == StructureType.TH)
            text.Append("/A<</O/Table/Scope/Column>>");

        var kids = new StringBuilder();
        PdfPage? home = null;
        if (_content.TryGetValue(element, out var content))
        {
            // Ids on the element's own page are plain numbers; content continued on a later page names its page.
            home = content[0].Page;
            foreach (var (page, mcid) in content)
            {
                if (page == home)
                    kids.Append(mcid).Append(' ');
                else
                    kids.Append("<</Type/MCR/Pg ").Append(page.Reference!.ObjectNumber).Append(" 0 R/MCID ").Append(mcid).Append(">> ");
            }
        }
        foreach (var (annotation, page) in objects[element])
        {
            kids.Append("<</Type/OBJR/Obj ").Append(annotation.Reference!.ObjectNumber).Append(" 0 R>> ");
            home ??= page;
        }
        foreach (var child in element.Children)
            kids.Append(numbers[child]).Append(" 0 R ");
        if (home is not null)
            text.Append("/Pg ").Append(home.Reference!.ObjectNumber).Append(" 0 R");
        text.Append("/K[").Append(kids).Append("]>>");
    }
}
