using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Papers;
using YamlDotNet.RepresentationModel;

namespace Drucksachen.Core.Import;

/// <summary>Reads typed fields from a YAML mapping, reporting errors at the field's line in the file.</summary>
internal sealed class FieldReader(YamlMappingNode map, string file, string prefix = "")
{
    // Front matter begins on the file's second line, after the opening '---'.
    private const int LineOffset = 1;

    public string File => file;

    /// <summary>The field's value; an absent field is reported where the fields begin, an empty one on its own line.</summary>
    public string RequiredString(string name) =>
        OptionalString(name) ?? throw (Find(name) is { } node ? Error(name, "is empty", Line(node)) : Error(name, "is missing", Line(map)));

    public string? OptionalString(string name)
    {
        if (Find(name) is not { } node) return null;
        if (node is not YamlScalarNode { Value: var value }) throw Error(name, "must be a single value", Line(node));
        Checked(name, value, node);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public DateOnly RequiredDate(string name)
    {
        var text = RequiredString(name);
        return PaperDates.Parse(text, prefix + name, file, Line(Find(name)!));
    }

    public bool? OptionalBool(string name)
    {
        var text = OptionalString(name);
        return text?.ToLowerInvariant() switch
        {
            null => null,
            "true" or "yes" or "ja" => true,
            "false" or "no" or "nein" => false,
            _ => throw Error(name, $"'{text}' is not true or false", Line(Find(name)!)),
        };
    }

    public List<string> StringList(string name)
    {
        if (Find(name) is not { } node) return [];
        if (node is YamlScalarNode { Value: "" or null }) return [];
        if (node is not YamlSequenceNode seq) throw Error(name, "must be a list", Line(node));
        return seq.Children.Select(c => c is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
            ? Checked(name, v, c)!.Trim()
            : throw Error(name, "list items must be single values", Line(c))).ToList();
    }

    public List<YamlMappingNode> Maps(string name)
    {
        if (Find(name) is not { } node) return [];
        if (node is not YamlSequenceNode seq) throw Error(name, "must be a list", Line(node));
        return seq.Children.Select(c => c as YamlMappingNode ?? throw Error(name, "list items must be fields (key: value)", Line(c))).ToList();
    }

    /// <summary>Refuses fields nobody reads, so a misspelt one is not silently lost.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                throw new InputException(file, Line(key), prefix + name, $"unknown field (known: {string.Join(", ", known)})");
        }
    }

    public int? ItemLine(string name, int index) =>
        Find(name) is YamlSequenceNode seq && index < seq.Children.Count ? Line(seq.Children[index]) : null;

    public InputException Error(string name, string reason, int? line = null) =>
        new(file, line ?? (Find(name) is { } node ? Line(node) : Line(map)), prefix + name, reason);

    private string? Checked(string name, string? value, YamlNode node)
    {
        InputText.Check(value, prefix + name, InputLimits.LineChars, file: file, line: Line(node));
        return value;
    }

    private YamlNode? Find(string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static int Line(YamlNode node) => (int)node.Start.Line + LineOffset;
}
