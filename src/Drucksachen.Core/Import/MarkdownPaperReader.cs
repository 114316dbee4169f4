using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Numbers;
using Drucksachen.Core.Papers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Drucksachen.Core.Import;

/// <summary>
/// Reads a paper from Markdown with YAML front matter. The front matter carries the fields
/// (type, title, lead, author, date, public, consultations, optional number, signature, cosigners,
/// attachments); the Markdown body is split into sections at its "## " headings. Every problem is
/// reported with file, line and field, and nothing is stored unless the whole file is valid.
/// </summary>
public sealed partial class MarkdownPaperReader(City city)
{
    /// <summary>Reads a paper file's bytes, which must be UTF-8 and within <see cref="InputLimits.PaperBytes"/>.</summary>
    public async Task<ImportedPaper> ReadAsync(Stream utf8, string file, CancellationToken ct) =>
        Read(await InputText.ReadUtf8Async(utf8, InputLimits.PaperBytes, file, null, ct), file);

    public ImportedPaper Read(string text, string file)
    {
        CheckLimits(text, file);
        var (yaml, body, bodyLine) = SplitFrontMatter(text, file);
        var fields = ParseYaml(yaml, file);
        var f = new FieldReader(fields, file);
        f.RejectUnknown("type", "title", "lead", "author", "date", "public", "signature", "number", "cosigners", "attachments", "consultations");

        var typeName = f.RequiredString("type");
        var type = city.FindPaperType(typeName)
            ?? throw f.Error("type", $"unknown paper type '{typeName}' (known: {string.Join(", ", city.PaperTypes.Select(t => t.Name))})");
        var isPublic = f.OptionalBool("public") ?? true;
        var leadText = f.RequiredString("lead");
        var lead = city.FindOffice(leadText) ?? throw f.Error("lead", $"unknown office '{leadText}'");
        var cosigners = new List<string>();
        foreach (var (named, i) in f.StringList("cosigners").Select((c, i) => (c, i)))
        {
            var office = city.FindOffice(named) ?? throw f.Error("cosigners", $"unknown office '{named}'", f.ItemLine("cosigners", i));
            if (office == lead)
                throw f.Error("cosigners", $"'{lead}' leads the paper and cannot co-sign it", f.ItemLine("cosigners", i));
            cosigners.Add(office);
        }

        var content = new PaperContent(
            Type: type.Name,
            Title: f.RequiredString("title"),
            LeadOffice: lead,
            Author: f.RequiredString("author"),
            Date: f.RequiredDate("date"),
            IsPublic: isPublic,
            Signature: f.OptionalString("signature") ?? "",
            Sections: Sections(body, bodyLine, file),
            Attachments: f.StringList("attachments"),
            Cosigners: cosigners,
            Consultations: Consultations(f, isPublic));

        var number = f.OptionalString("number");
        if (number is not null && !new NumberFormat(type.NumberFormat).TryParse(number, out _, out _))
            throw f.Error("number", $"'{number}' does not match the number format {type.NumberFormat} of {type.Name}");
        return new ImportedPaper(content, number, file);
    }

    private List<Consultation> Consultations(FieldReader f, bool paperIsPublic)
    {
        var result = new List<Consultation>();
        foreach (var (item, index) in f.Maps("consultations").Select((m, i) => (m, i)))
        {
            var c = new FieldReader(item, f.File, $"consultations[{index}].");
            c.RejectUnknown("body", "date", "public", "role");
            var bodyName = c.RequiredString("body");
            var body = city.FindBody(bodyName)
                ?? throw c.Error("body", $"unknown body '{bodyName}' (known: {string.Join(", ", city.Bodies.Select(b => b.Name))})");
            var roleText = c.OptionalString("role") ?? "Kenntnisnahme";
            if (!ConsultationRoles.TryParse(roleText, out var role))
                throw c.Error("role", $"unknown role '{roleText}' (known: {ConsultationRoles.Known})");
            var isPublic = c.OptionalBool("public") ?? (paperIsPublic && body.MeetsInPublic);
            if (isPublic && !body.MeetsInPublic)
                throw c.Error("public", $"{body.Name} never meets in public");
            if (isPublic && !paperIsPublic)
                throw c.Error("public", "a non-public paper cannot be treated in public");
            result.Add(new Consultation(body.Key, c.RequiredDate("date"), isPublic, role));
        }
        if (result.Count(c => c.Role == ConsultationRole.Decision) > 1)
            throw f.Error("consultations", "only one consultation can decide (role Entscheidung)");
        return result;
    }

    // Size and characters of the whole file first, so that the errors below can name a field and
    // nothing of an oversized file is parsed.
    private static void CheckLimits(string text, string file)
    {
        if (Encoding.UTF8.GetByteCount(text) > InputLimits.PaperBytes)
            throw new InputException(file, null, null,
                string.Create(CultureInfo.InvariantCulture, $"the paper is larger than {InputLimits.PaperBytes:N0} bytes, the limit"));
        InputText.Check(text, null, InputLimits.PaperBytes, multiline: true, file, line: 1);
    }

    private static (string Yaml, string Body, int BodyLine) SplitFrontMatter(string text, string file)
    {
        var m = FrontMatter().Match(text);
        if (!m.Success)
            throw new InputException(file, 1, null, "no front matter: the file must start with a line '---', the YAML fields, and a closing '---'");
        var bodyLine = 1 + text[..(m.Index + m.Length)].Count(ch => ch == '\n');
        return (m.Groups["yaml"].Value, text[(m.Index + m.Length)..], bodyLine);
    }

    private static YamlMappingNode ParseYaml(string yaml, string file)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
                throw new InputException(file, 2, null, "front matter must be YAML fields (key: value)");
            return root;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some broken structures (an unclosed flow list) without a position;
            // the last event it read is where that structure opened.
            var line = parser.Current is { } last ? (int)last.Start.Line + 1 : 2;
            throw new InputException(file, line, null, "malformed front matter: a [ ] list or { } mapping is not closed");
        }
        catch (YamlException e)
        {
            // The front matter starts on line 2 of the file, after the opening '---'.
            throw new InputException(file, (int)e.Start.Line + 1, null, "malformed front matter: " + YamlPosition().Replace(e.Message, ""));
        }
    }

    private static Dictionary<string, string> Sections(string body, int firstLine, string file)
    {
        var sections = new Dictionary<string, string>();
        string? key = null;
        var text = new List<string>();
        var lineNo = firstLine - 1; // counted up before each line, so the first body line is firstLine
        var keyLine = 0;
        foreach (var line in body.Split('\n'))
        {
            lineNo++;
            var heading = SectionHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                keyLine = lineNo;
                key = SectionKeys.From(heading.Groups["title"].Value);
                if (key.Length == 0 || sections.ContainsKey(key))
                    throw new InputException(file, lineNo, "sections", $"section '{heading.Groups["title"].Value.Trim()}' is empty-named or appears twice");
                continue;
            }
            if (key is null && !string.IsNullOrWhiteSpace(line))
                throw new InputException(file, lineNo, "sections", "text before the first section heading: start sections with '## Sachverhalt' and the like");
            text.Add(line.TrimEnd('\r'));
        }
        Flush();
        return sections;

        void Flush()
        {
            if (key is not null)
            {
                var section = string.Join('\n', text);
                InputText.CheckSection(section, "sections." + key, file, keyLine + 1);
                sections[key] = section.Trim('\n', ' ');
            }
            text.Clear();
        }
    }

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\r?\n(?<yaml>.*?)\r?\n---[ \t]*(\r?\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex YamlPosition();

    [GeneratedRegex(@"^##[ \t]+(?<title>[^#].*?)[ \t#]*\r?$")]
    private static partial Regex SectionHeading();
}
