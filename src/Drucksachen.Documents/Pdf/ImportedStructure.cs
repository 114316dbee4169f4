using Drucksachen.Documents.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The structure tree of a tagged PDF we wrote, read back with PDFsharp for a file that takes over its pages (a meeting
/// packet): its elements become <see cref="StructureElement"/>s under a new parent, and each page's marked-content ids
/// are looked up in its parent tree, so that <see cref="StructureTree"/> writes them again for the new file unchanged.
/// </summary>
internal sealed class ImportedStructure
{
    private readonly Dictionary<PdfObjectID, StructureElement> _elements = [];
    private readonly Dictionary<int, PdfItem> _parentTree = [];

    private ImportedStructure()
    {
    }

    /// <summary>The tree of <paramref name="source"/> with its root element replaced by <paramref name="root"/>; null when
    /// the file has no structure tree, or one with a type or shape this product does not write.</summary>
    public static ImportedStructure? Read(PdfDocument source, StructureElement root)
    {
        var treeRoot = source.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (treeRoot?.Elements.GetDictionary("/K") is not { } document || treeRoot.Elements.GetDictionary("/ParentTree") is not { } parentTree)
            return null;
        var structure = new ImportedStructure();
        if (!structure.ReadChildren(document, root))
            return null;
        var nums = parentTree.Elements.GetArray("/Nums");
        for (var i = 0; nums is not null && i + 1 < nums.Elements.Count; i += 2)
        {
            if (nums.Elements[i] is not PdfInteger key)
                return null;
            structure._parentTree[key.Value] = nums.Elements[i + 1];
        }
        return structure;
    }

    /// <summary>Marks page <paramref name="target"/>'s content as <paramref name="source"/>'s was, in id order, and ties
    /// its annotations to their elements; call right after <see cref="StructureTree.BeginPage"/> for the page.</summary>
    /// <returns>False if the page's entries do not fit the tree: the file is not one this product wrote.</returns>
    public bool Mark(PdfPage source, PdfPage target, StructureTree structure)
    {
        if (source.Elements.ContainsKey("/StructParents"))
        {
            if (Resolve(_parentTree.GetValueOrDefault(source.Elements.GetInteger("/StructParents"))) is not PdfArray marks)
                return false;
            foreach (var mark in marks.Elements)
            {
                if (Element(mark) is not { } element)
                    return false;
                structure.Mark(element);
            }
        }
        var annotations = source.Elements.GetArray("/Annots");
        for (var i = 0; annotations is not null && i < annotations.Elements.Count; i++)
        {
            if (Resolve(annotations.Elements[i]) is not PdfDictionary annotation || !annotation.Elements.ContainsKey("/StructParent"))
                continue;
            if (Element(_parentTree.GetValueOrDefault(annotation.Elements.GetInteger("/StructParent"))) is not { } element)
                return false;
            structure.Annotate(target.Annotations[i], element);
        }
        return true;
    }

    private bool ReadChildren(PdfDictionary source, StructureElement parent)
    {
        if (source.Elements["/K"] is not { } kids)
            return true;
        IEnumerable<PdfItem> items = kids is PdfArray array ? array.Elements : [kids];
        foreach (var kid in items)
        {
            // Marked-content ids and annotations are found through the parent tree; only child elements are read here.
            if (kid is not PdfReference reference || reference.Value is not PdfDictionary child || child.Elements.GetName("/Type") == "/OBJR")
                continue;
            if (!Enum.TryParse<StructureType>(child.Elements.GetName("/S").TrimStart('/'), out var type))
                return false;
            var element = new StructureElement(type, parent) { Alt = child.Elements.GetString("/Alt") is { Length: > 0 } alt ? alt : null };
            _elements[reference.ObjectID] = element;
            if (!ReadChildren(child, element))
                return false;
        }
        return true;
    }

    private StructureElement? Element(PdfItem? item) =>
        item is PdfReference reference && _elements.TryGetValue(reference.ObjectID, out var element) ? element : null;

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
