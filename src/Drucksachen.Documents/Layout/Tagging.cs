namespace Drucksachen.Documents.Layout;

/// <summary>Points set lines at the structure element they are content of; rules drawn among them stay artifacts.</summary>
internal static class Tagging
{
    public static void Tag(IEnumerable<LineBox> lines, StructureElement element)
    {
        foreach (var line in lines)
        {
            var items = line.Items;
            for (var i = 0; i < items.Count; i++)
            {
                items[i] = items[i] switch
                {
                    TextItem text => text with { Element = element },
                    // A link is its own element inside the text, with the address as its description.
                    LinkItem link => link with { Element = new StructureElement(StructureType.Link, element) { Alt = link.Target } },
                    var other => other,
                };
            }
        }
    }
}
