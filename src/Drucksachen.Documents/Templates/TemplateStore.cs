using Drucksachen.Documents.Meetings;
using System.Text;

namespace Drucksachen.Documents.Templates;

/// <summary>All templates of a folder, parsed once up front so a broken template fails at start-up, not at release.</summary>
internal sealed class TemplateStore
{
    private readonly Dictionary<string, PaperTemplate> _byName;
    private readonly Dictionary<TemplateKind, PaperTemplate> _meeting = [];
    private readonly string _folder;

    public TemplateStore(string folder)
    {
        if (!Directory.Exists(folder))
            throw new TemplateException(folder, 0, null, "the templates folder does not exist; set DocumentOptions.TemplatesPath.");
        _folder = folder;
        _byName = new Dictionary<string, PaperTemplate>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                continue;
            var template = TemplateParser.Parse(file, File.ReadAllText(file, Encoding.UTF8));
            if (template.Kind != TemplateKind.Paper)
            {
                if (!_meeting.TryAdd(template.Kind, template))
                    throw new TemplateException(file, 2, null, $"a second template for 'document: {template.Kind.ToString().ToLowerInvariant()}'; the first is {_meeting[template.Kind].File}.");
                continue;
            }
            if (!_byName.TryAdd(template.Name, template))
                throw new TemplateException(file, 2, null, $"template name '{template.Name}' is also used by {_byName[template.Name].File}.");
        }
    }

    /// <summary>The paper types' templates; the meeting documents' are not paper types.</summary>
    public IReadOnlyCollection<PaperTemplate> All => _byName.Values;

    /// <summary>The one template of a meeting document; a folder without one still serves papers.</summary>
    public PaperTemplate Get(TemplateKind kind) =>
        _meeting.TryGetValue(kind, out var template)
            ? template
            : throw new TemplateException(_folder, 0, null,
                $"no template with 'document: {kind.ToString().ToLowerInvariant()}' in its front matter; templates/ of the product has one.");

    public PaperTemplate Get(string name) =>
        _byName.TryGetValue(name, out var template)
            ? template
            : throw new TemplateException(name, 0, null,
                $"no template with this name; available are {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Fills the template's placeholders from the paper; the result is Markdown.</summary>
    public static string Fill(PaperTemplate template, PaperDocument paper) =>
        Fill(template, name => PlaceholderValues.Resolve(name, paper));

    /// <summary>Fills a meeting document's template; the result is Markdown.</summary>
    public static string Fill(PaperTemplate template, MeetingDocument meeting) =>
        Fill(template, name => MeetingPlaceholderValues.Resolve(name, meeting, template));

    private static string Fill(PaperTemplate template, Func<string, string> resolve)
    {
        var markdown = new StringBuilder(4096);
        foreach (var segment in template.Body)
            markdown.Append(segment.Placeholder is null ? segment.Text : resolve(segment.Placeholder));
        return markdown.ToString();
    }
}
