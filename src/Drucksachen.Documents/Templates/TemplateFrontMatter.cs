namespace Drucksachen.Documents.Templates;

/// <summary>The YAML header of a template file; property names are the YAML keys.</summary>
internal sealed class TemplateFrontMatter
{
    public string Name { get; set; } = "";
    public string Version { get; set; } = "";
    public string Heading { get; set; } = "";
    public string Document { get; set; } = "paper";
    public List<string> Sections { get; set; } = [];
    public Dictionary<string, string> Wording { get; set; } = [];
}
