using System.Text;

namespace Drucksachen.Documents.Templates;

/// <summary>All templates of a folder, parsed once up front so a broken template fails at start-up, not at release.</summary>
internal sealed class TemplateStore
{
    private readonly Dictionary<string, PaperTemplate> _byName;

    public TemplateStore(string folder)
    {
        if (!Directory.Exists(folder))
            throw new TemplateException(folder, 0, null, "the templates folder does not exist; set DocumentOptions.TemplatesPath.");
        _byName = new Dictionary<string, PaperTemplate>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                continue;
            var template = TemplateParser.Parse(file, File.ReadAllText(file, Encoding.UTF8));
            if (!_byName.TryAdd(template.Name, template))
                throw new TemplateException(file, 2, null, $"template name '{template.Name}' is also used by {_byName[template.Name].File}.");
        }
    }

    public IReadOnlyCollection<PaperTemplate> All => _byName.Values;

    public PaperTemplate Get(string name) =>
        _byName.TryGetValue(name, out var template)
            ? template
            : throw new TemplateException(name, 0, null,
                $"no template with this name; available are {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Fills the template's placeholders from the paper; the result is Markdown.</summary>
    public static string Fill(PaperTemplate template, PaperDocument paper)
    {
        var markdown = new StringBuilder(4096);
        foreach (var segment in template.Body)
            markdown.Append(segment.Placeholder is null ? segment.Text : PlaceholderValues.Resolve(segment.Placeholder, paper));
        return markdown.ToString();
    }
}
