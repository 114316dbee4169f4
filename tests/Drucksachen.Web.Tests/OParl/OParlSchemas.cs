using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>
/// The OParl 1.1 schemas of ../shared/oparl/schema and a validator for the part of JSON Schema
/// they use (type, required, properties, items, pattern, enum, format url/date/date-time) plus
/// their own "schema" link for embedded objects, which is followed. Neither JsonSchema.Net nor
/// NJsonSchema restores from the package source (JsonPointer.Net / Namotion.Reflection missing),
/// and neither would follow the "schema" links or know the format "url".
/// </summary>
public sealed class OParlSchemas
{
    private readonly Dictionary<string, JsonObject> _schemas = new(StringComparer.Ordinal);

    private OParlSchemas(string folder)
    {
        Folder = folder;
        foreach (var file in Directory.GetFiles(folder, "*.json"))
            _schemas[Path.GetFileNameWithoutExtension(file)] = JsonNode.Parse(System.IO.File.ReadAllText(file))!.AsObject();
    }

    public string Folder { get; }
    public IReadOnlyCollection<string> Types => _schemas.Keys;

    public static OParlSchemas Load() => new(FindFolder());

    public JsonObject Schema(string type) => _schemas[type];

    /// <summary>Errors of <paramref name="json"/> as an object of <paramref name="type"/>, embedded objects included.</summary>
    public List<string> Validate(JsonNode? json, string type, string path = "$")
    {
        var errors = new List<string>();
        if (!_schemas.TryGetValue(type, out var schema)) errors.Add($"{path}: no schema {type}");
        else ValidateNode(json, schema, path, errors, strictProperties: true);
        return errors;
    }

    private void ValidateNode(JsonNode? node, JsonObject schema, string path, List<string> errors, bool strictProperties)
    {
        if (node is null) { errors.Add($"{path}: null"); return; }
        if (schema["type"]?.GetValue<string>() is { } type && !HasType(node, type))
        {
            errors.Add($"{path}: expected {type}, got {node.GetValueKind()}");
            return;
        }
        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, node)))
            errors.Add($"{path}: {node.ToJsonString()} is not one of {options.ToJsonString()}");
        if (schema["pattern"]?.GetValue<string>() is { } pattern && node is JsonValue pv && pv.TryGetValue<string>(out var ps)
            && !Regex.IsMatch(ps, pattern))
            errors.Add($"{path}: '{ps}' does not match {pattern}");
        if (schema["format"]?.GetValue<string>() is { } format && node is JsonValue fv && fv.TryGetValue<string>(out var fs)
            && !MatchesFormat(fs, format))
            errors.Add($"{path}: '{fs}' is not a {format}");

        if (schema["schema"]?.GetValue<string>() is { } link && node is JsonObject)
        {
            ValidateNode(node, _schemas[Path.GetFileNameWithoutExtension(link)], path, errors, strictProperties: true);
            return;
        }
        if (node is JsonObject obj)
        {
            if (schema["required"] is JsonArray required)
                foreach (var name in required.Select(r => r!.GetValue<string>()))
                    if (!obj.ContainsKey(name)) errors.Add($"{path}: required property '{name}' is missing");
            if (schema["properties"] is JsonObject properties)
                foreach (var (name, value) in obj)
                {
                    if (properties[name] is JsonObject property) ValidateNode(value, property, $"{path}.{name}", errors, strictProperties: true);
                    else if (strictProperties) errors.Add($"{path}: property '{name}' is not in the schema");
                }
        }
        if (node is JsonArray array && schema["items"] is JsonObject items)
            for (var i = 0; i < array.Count; i++) ValidateNode(array[i], items, $"{path}[{i}]", errors, strictProperties: true);
    }

    private static bool HasType(JsonNode node, string type) => type switch
    {
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node.GetValueKind() == System.Text.Json.JsonValueKind.String,
        "boolean" => node.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        "integer" => node is JsonValue v && v.TryGetValue<long>(out _) || node.GetValueKind() == System.Text.Json.JsonValueKind.Number && IsWhole(node),
        "number" => node.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        _ => false,
    };

    private static bool IsWhole(JsonNode node) => double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d);

    private static bool MatchesFormat(string value, string format) => format switch
    {
        "url" or "uri" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => Regex.IsMatch(value, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
                       && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "oparl", "schema"), Path.Combine(dir.FullName, "..", "shared", "oparl", "schema") })
                if (System.IO.File.Exists(Path.Combine(candidate, "Paper.json"))) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("the OParl schemas (shared/oparl/schema beside the repository) were not found above " + AppContext.BaseDirectory);
    }
}
