using System.Text.RegularExpressions;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>Papers for the tests, built from the sample texts in Samples/.</summary>
public static partial class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static string TemplatesPath { get; } = FindAbove("templates", "Informationsvorlage.md");

    /// <summary>The product's own font files in the source tree, to compare the embedded subsets with.</summary>
    public static string ShippedFontsPath { get; } = FindAbove(Path.Combine("src", "Drucksachen.Documents", "Fonts"), "DejaVuSansCondensed.ttf");

    /// <summary>The Sachverhalt of 1803/22 as Markdown: paragraphs the PDF extraction tore apart are joined again.</summary>
    public static string Sachverhalt1803()
    {
        var text = Read("1803-22.txt").ReplaceLineEndings("\n");
        var start = text.IndexOf("\nSachverhalt\n", StringComparison.Ordinal) + "\nSachverhalt\n".Length;
        var end = text.IndexOf("\nAnlagenverzeichnis", StringComparison.Ordinal);
        var body = text[start..end].Trim();
        return TornParagraph().Replace(body, "$1 $2");
    }

    public static PaperDocument Paper1803() => new(
        Template: "Informationsvorlage",
        Title: "Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt",
        Number: "1803/22",
        IsPublic: true,
        LeadOffice: "Amt für Soziales",
        Author: "Horn",
        Date: new DateOnly(2022, 10, 20),
        Signature: "gez. i.V. Horn",
        Consultations:
        [
            new ConsultationRow("Dienstberatung OB", new DateOnly(2022, 10, 20), false, "Kenntnisnahme", null),
            new ConsultationRow("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", new DateOnly(2022, 11, 3), true, "Kenntnisnahme", null),
        ],
        Sections: new Dictionary<string, string> { ["sachverhalt"] = Sachverhalt1803() },
        Attachments: [],
        Keywords: ["Sozialraumplanung", "Begleitgremium"],
        Letterhead: "Landeshauptstadt Erfurt");

    [GeneratedRegex(@"([a-zäöüß,])\n\n([a-zäöüß])")]
    private static partial Regex TornParagraph();

    private static string FindAbove(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (File.Exists(Path.Combine(candidate, file)))
                return candidate;
        }
        throw new DirectoryNotFoundException($"{folder}/ not found above {AppContext.BaseDirectory}");
    }
}
