using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

/// <summary>Maps small collections that are only ever read with their paper to one JSON text column.</summary>
public static class JsonColumn
{
    internal static PropertyBuilder<Dictionary<string, string>> AsJson(this PropertyBuilder<Dictionary<string, string>> property) =>
        property.AsJson(new ValueComparer<Dictionary<string, string>>(
            (a, b) => SameEntries(a!, b!),
            v => v.Aggregate(0, (hash, pair) => hash ^ HashCode.Combine(pair.Key, pair.Value)),
            v => new Dictionary<string, string>(v)));

    // Public: the providers' compiled models (CompiledModel/) call it from their own assemblies.
    public static bool SameEntries(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);

    // Comparing and snapshotting the collections themselves, not their JSON, keeps change tracking
    // cheap when a paper with long sections is loaded for every workflow action.
    private static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property, ValueComparer<T> comparer) where T : class, new() =>
        property
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<T>(v, JsonSerializerOptions.Default) ?? new T(),
                comparer)
            .IsRequired();
}
