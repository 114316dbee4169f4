using System.Text;

namespace Drucksachen.Testing;

/// <summary>
/// Builds a test paper as Markdown with YAML front matter, the way authors write them. Defaults
/// follow Drucksache 1803/22: Amt für Soziales leads, the Jugendamt co-signs, Dienstberatung OB on
/// 20.10.2022 and the social committee (sag) on 03.11.2022.
/// </summary>
public sealed class PaperMarkdown
{
    private readonly List<Row> _consultations = [];
    private readonly List<(string Heading, string Text)> _sections = [];

    public string Type { get; set; } = "Informationsvorlage";
    public string Title { get; set; } = "Testvorlage zur Sozialraumplanung";
    public string Lead { get; set; } = Offices.Soziales;
    public string Author { get; set; } = DemoUsers.Mueller;
    public string Date { get; set; } = "2022-10-12";
    public bool? Public { get; set; } = true;
    public string? Number { get; set; }
    public List<string> Cosigners { get; set; } = [Offices.Jugendamt];

    public static PaperMarkdown Information() =>
        new PaperMarkdown()
            .Consultation("Dienstberatung OB", "20.10.2022", "Kenntnisnahme", isPublic: false)
            .Consultation("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "03.11.2022", "Kenntnisnahme")
            .Section("Sachverhalt", "Die Verwaltung informiert über den Stand.");

    /// <summary>A Beschlussvorlage with three consultations: Dienstberatung OB, committee (preliminary), Stadtrat (decision).</summary>
    public static PaperMarkdown Decision() =>
        new PaperMarkdown { Type = "Beschlussvorlage", Title = "Beschluss zur Förderung der Quartiersarbeit" }
            .Consultation("Dienstberatung OB", "20.10.2022", "Kenntnisnahme", isPublic: false)
            .Consultation("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "03.11.2022", "Vorberatung")
            .Consultation("Stadtrat", "16.11.2022", "Entscheidung")
            .Section("Beschlussvorschlag", "Der Stadtrat beschließt die Förderung.")
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
            .Section("Begründung", "Sie stärkt das Zusammenleben.")
            .Section("Finanzielle Auswirkungen", "Keine.");

    public PaperMarkdown Consultation(string body, string date, string role = "Kenntnisnahme", bool? isPublic = null)
    {
        _consultations.Add(new Row(body, date, role, isPublic));
        return this;
    }

    public PaperMarkdown WithoutConsultations()
    {
        _consultations.Clear();
        return this;
    }

    public PaperMarkdown Section(string heading, string text)
    {
        _sections.Add((heading, text));
        return this;
    }

    public PaperMarkdown With(Action<PaperMarkdown> change)
    {
        change(this);
        return this;
    }

    public string Build()
    {
        var md = new StringBuilder();
        md.Append("---\n");
        md.Append($"type: {Type}\n");
        md.Append($"title: {Title}\n");
        if (Number is not null) md.Append($"number: {Number}\n");
        md.Append($"lead: {Lead}\n");
        md.Append($"author: {Author}\n");
        md.Append($"date: {Date}\n");
        if (Public is { } p) md.Append($"public: {(p ? "true" : "false")}\n");
        md.Append("signature: gez. Test\n");
        md.Append($"cosigners: [{string.Join(", ", Cosigners)}]\n");
        md.Append("consultations:\n");
        foreach (var c in _consultations)
        {
            md.Append($"  - body: {c.Body}\n");
            md.Append($"    date: {c.Date}\n");
            if (c.Public is { } cp) md.Append($"    public: {(cp ? "true" : "false")}\n");
            md.Append($"    role: {c.Role}\n");
        }
        md.Append("---\n");
        foreach (var (heading, text) in _sections) md.Append($"## {heading}\n\n{text}\n\n");
        return md.ToString();
    }

    public override string ToString() => Build();

    private sealed record Row(string Body, string Date, string Role, bool? Public);
}
