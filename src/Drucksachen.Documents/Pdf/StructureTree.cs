using Drucksachen.Documents.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The tagged-PDF side of one document (ISO 32000-1, 14.7 and 14.8; PDF/UA-1): hands out the marked-content ids the
/// page content is written with, remembers which structure element each belongs to, and at the end writes the
/// structure tree, its parent tree and the catalog entries that declare the file tagged.
/// </summary>
internal sealed class StructureTree(PdfDocument document)
{
    private readonly List<(PdfPage Page, List<StructureElement> Marks)> _pages = [];
    private readonly Dictionary<StructureElement, List<(PdfPage Page, int Mcid)>> _content = new(ReferenceEqualityComparer.Instance);
    private readonly List<(PdfAnnotation Annotation, PdfPage Page, StructureElement Element)> _annotations = [];

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

    /// <summary>Writes the tree; call when every page is drawn.</summary>
    public void Complete(StructureElement root)
    {
        var rootDictionary = Indirect();
        rootDictionary.Elements.SetName("/Type", "/StructTreeRoot");
        var dictionaries = new Dictionary<StructureElement, PdfDictionary>(ReferenceEqualityComparer.Instance);
        var objects = _annotations.ToLookup(a => a.Element, a => (a.Annotation, a.Page));
        rootDictionary.Elements["/K"] = Element(root, rootDictionary, dictionaries, objects).Reference;

        var nums = new PdfArray(document);
        for (var i = 0; i < _pages.Count; i++)
        {
            nums.Elements.Add(new PdfInteger(i));
            var parents = new PdfArray(document);
            foreach (var element in _pages[i].Marks)
                parents.Elements.Add(dictionaries[element].Reference!);
            nums.Elements.Add(parents);
        }
        for (var i = 0; i < _annotations.Count; i++)
        {
            var key = _pages.Count + i;
            _annotations[i].Annotation.Elements["/StructParent"] = new PdfInteger(key);
            nums.Elements.Add(new PdfInteger(key));
            nums.Elements.Add(dictionaries[_annotations[i].Element].Reference!);
        }
        var parentTree = new PdfDictionary(document);
        parentTree.Elements["/Nums"] = nums;
        rootDictionary.Elements["/ParentTree"] = parentTree;
        rootDictionary.Elements["/ParentTreeNextKey"] = new PdfInteger(_pages.Count + _annotations.Count);

        var catalog = document.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = rootDictionary.Reference;
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;
    }

    private PdfDictionary Element(StructureElement element, PdfDictionary parent, Dictionary<StructureElement, PdfDictionary> dictionaries,
        ILookup<StructureElement, (PdfAnnotation Annotation, PdfPage Page)> objects)
    {
        var dictionary = Indirect();
        dictionaries[element] = dictionary;
        dictionary.Elements.SetName("/Type", "/StructElem");
        dictionary.Elements.SetName("/S", "/" + element.Type);
        dictionary.Elements["/P"] = parent.Reference;
        if (element.Alt is { } alt)
            dictionary.Elements["/Alt"] = new PdfString(alt, PdfStringEncoding.Unicode);
        if (element.Type == StructureType.TH)
        {
            var attributes = new PdfDictionary(document);
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", "/Column");
            dictionary.Elements["/A"] = attributes;
        }

        var kids = new PdfArray(document);
        PdfPage? home = null;
        if (_content.TryGetValue(element, out var content))
        {
            // Ids on the element's own page are plain numbers; content continued on a later page names its page.
            home = content[0].Page;
            foreach (var (page, mcid) in content)
            {
                if (page == home)
                {
                    kids.Elements.Add(new PdfInteger(mcid));
                    continue;
                }
                var reference = new PdfDictionary(document);
                reference.Elements.SetName("/Type", "/MCR");
                reference.Elements["/Pg"] = page.Reference;
                reference.Elements["/MCID"] = new PdfInteger(mcid);
                kids.Elements.Add(reference);
            }
        }
        foreach (var (annotation, page) in objects[element])
        {
            var reference = new PdfDictionary(document);
            reference.Elements.SetName("/Type", "/OBJR");
            reference.Elements["/Obj"] = annotation.Reference;
            kids.Elements.Add(reference);
            home ??= page;
        }
        if (home is not null)
            dictionary.Elements["/Pg"] = home.Reference;
        foreach (var child in element.Children)
            kids.Elements.Add(Element(child, dictionary, dictionaries, objects).Reference!);
        dictionary.Elements["/K"] = kids;
        return dictionary;
    }

    private PdfDictionary Indirect()
    {
        var dictionary = new PdfDictionary(document);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }
}
