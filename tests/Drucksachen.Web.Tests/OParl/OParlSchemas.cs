using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>
/// The OParl 1.1 schemas of <c>OParl/Schema</c> (copied from the specification, CC BY-SA 4.0), validated
/// with JsonSchema.Net. OParl's files are not plain JSON Schema: embedded objects link their schema
/// as <c>"schema": "File.json"</c> and URLs have the format "url". On loading, each link becomes a
/// <c>$ref</c> to the linked schema, every object schema refuses properties it does not list (the
/// specification names every property an object may have), and "url" is checked as an absolute
/// http(s) URL; the files stay as published.
/// </summary>
public sealed class OParlSchemas
{
    private const string Base = "https://schema.oparl.org/1.1/";

    private static readonly string[] OParlKeywords = ["schema", "references", "backreference", "cardinality"];

    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly EvaluationOptions _evaluation;

    private OParlSchemas(string folder)
    {
        var formats = new FormatRegistry();
        formats.Register(new PredicateFormat("url", IsHttpUrl));
        _evaluation = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true, FormatRegistry = formats };
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var texts = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Standard(JsonNode.Parse(File.ReadAllText(f))!.AsObject(), Path.GetFileNameWithoutExtension(f)));
        // Every schema is known to the registry before any is built, so the $refs between them resolve.
        foreach (var (type, node) in texts)
            _schemas[type] = JsonSchema.Build(JsonSerializer.SerializeToElement(node), build, new Uri(Base + type));
    }

    public IReadOnlyCollection<string> Types => _schemas.Keys;

    /// <summary>The schemas shipped in the test project's OParl/Schema folder.</summary>
    public static OParlSchemas Load() => new(Path.Combine(AppContext.BaseDirectory, "OParl", "Schema"));

    /// <summary>The examples the specification publishes (OParl/Schema/examples), by file name.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Examples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "OParl", "Schema", "examples"), "*.json")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => JsonNode.Parse(File.ReadAllText(f))!.AsObject(), StringComparer.Ordinal);

    /// <summary>Errors of <paramref name="json"/> as an object of <paramref name="type"/>, embedded objects included.</summary>
    public List<string> Validate(JsonNode? json, string type, string path = "$")
    {
        if (!_schemas.TryGetValue(type, out var schema)) return [$"{path}: no schema {type}"];
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(json), _evaluation);
        if (results.IsValid) return [];
        return (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{path}{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
    }

    // OParl's format as standard JSON Schema (2020-12), for the schema of type `type` or one of its parts.
    private static JsonObject Standard(JsonObject schema, string? type = null)
    {
        var result = new JsonObject();
        if (type is not null)
        {
            result["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            result["$id"] = Base + type;
        }
        if (schema["schema"]?.GetValue<string>() is { } link) result["$ref"] = Base + Path.GetFileNameWithoutExtension(link);
        foreach (var (key, value) in schema)
        {
            if (OParlKeywords.Contains(key)) continue;
            result[key] = key switch
            {
                "properties" => new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Standard(p.Value!.AsObject())))),
                "items" => Standard(value!.AsObject()),
                _ => value?.DeepClone(),
            };
        }
        if (result.ContainsKey("properties")) result["additionalProperties"] = false;
        return result;
    }

    private static bool IsHttpUrl(JsonElement value) =>
        value.ValueKind != JsonValueKind.String
        || Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
