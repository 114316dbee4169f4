namespace Drucksachen.Documents.Templates;

/// <summary>A parsed template: front matter plus the Markdown body split at its placeholders. Most are a paper
/// type's; <see cref="Kind"/> tells the meeting documents' apart.</summary>
public sealed class PaperTemplate
{
    internal PaperTemplate(string file, TemplateKind kind, TemplateFrontMatter frontMatter, IReadOnlyList<TemplateSegment> body)
    {
        File = file;
        Kind = kind;
        Name = frontMatter.Name;
        Version = frontMatter.Version;
        Heading = frontMatter.Heading;
        Sections = frontMatter.Sections;
        Wording = frontMatter.Wording;
        Body = body;
    }

    public string File { get; }

    /// <summary>What the template makes: a paper, or a meeting's invitation or minutes.</summary>
    public TemplateKind Kind { get; }

    /// <summary>Paper type this template is for; what <see cref="PaperDocument.Template"/> names.</summary>
    public string Name { get; }

    /// <summary>Version to store next to every PDF made from it.</summary>
    public string Version { get; }

    /// <summary>Type heading set above the body, e.g. "Informationen aus der Verwaltung"; for a meeting document the
    /// name of the document in the running header and the PDF title ("Einladung").</summary>
    public string Heading { get; }

    /// <summary>Keys of <see cref="PaperDocument.Sections"/> this template places; others are not printed.</summary>
    public IReadOnlyList<string> Sections { get; }

    /// <summary>
    /// The standard wording of the paper type by section key ("Der Stadtrat beschließt: …"): what a
    /// new draft's sections start with, for the author to complete. PDFs do not depend on it.
    /// A meeting document's template words its notices here instead (key <c>urgent</c>), which its PDF prints.
    /// </summary>
    public IReadOnlyDictionary<string, string> Wording { get; }

    internal IReadOnlyList<TemplateSegment> Body { get; }
}
