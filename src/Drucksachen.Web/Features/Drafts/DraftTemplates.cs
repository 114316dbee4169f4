using Drucksachen.Core.Configuration;
using Drucksachen.Documents;
using Drucksachen.Documents.Templates;

namespace Drucksachen.Web.Features.Drafts;

/// <summary>What a paper type's template gives a draft: its sections in order, and their standard wording.</summary>
public sealed class DraftTemplates(DocumentRenderer renderer, City city)
{
    public IReadOnlyList<string> SectionsOf(string type) => Find(type)?.Sections ?? ["sachverhalt"];

    /// <summary>The sections a new draft of the type starts with: the template's standard wording.</summary>
    public Dictionary<string, string> WordingOf(string type) =>
        new(Find(type)?.Wording ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    private PaperTemplate? Find(string type)
    {
        var paperType = city.FindPaperType(type);
        var name = paperType?.Template ?? paperType?.Name ?? type;
        return renderer.Templates.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
