using System.Text.Json.Nodes;
using Drucksachen.Core.History;

namespace Drucksachen.Testing;

/// <summary>Reads the JSON details of history entries.</summary>
public static class Details
{
    public static JsonObject Of(HistoryEntry entry) => JsonNode.Parse(entry.Details)!.AsObject();

    public static string? Text(this JsonObject details, string name) => details[name]?.GetValue<string>();
}
