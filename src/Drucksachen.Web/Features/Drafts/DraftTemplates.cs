using Drucksachen.Core.Configuration;
using Drucksachen.Documents;

namespace Drucksachen.Web.Features.Drafts;

/// <summary>The sections a paper type's template asks for, in the template's order.</summary>
public sealed class DraftTemplates(DocumentRenderer renderer, City city)
{
    public IReadOnlyList<string> SectionsOf(string type)
    {
        var paperType = city.FindPaperType(type);
        var name = paperType?.Template ?? paperType?.Name ?? type;
        return renderer.Templates.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))?.Sections
               ?? ["sachverhalt"];
    }
}
