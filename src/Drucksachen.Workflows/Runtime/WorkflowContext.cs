namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// What the host knows right now: named lists (e.g. <c>cosigners</c>, <c>consultations</c>) and named
/// dates (e.g. <c>deadline.regular</c>). Supplied fresh on every call because the host owns this data.
/// A missing date means "no deadline yet"; a list a state needs must be present.
/// </summary>
public sealed record WorkflowContext(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    IReadOnlyDictionary<string, DateTimeOffset> Dates)
{
    public static WorkflowContext Empty { get; } = new(
        new Dictionary<string, IReadOnlyList<string>>(),
        new Dictionary<string, DateTimeOffset>());

    /// <summary>A list a state depends on; its absence is a host bug, not "empty", so it fails loudly.</summary>
    internal IReadOnlyList<string> RequireList(string name, string state) =>
        Lists.TryGetValue(name, out var list)
            ? list
            : throw new ArgumentException($"the context has no list '{name}', which state '{state}' needs", nameof(Lists));

    /// <summary>This context with one item of a list left out.</summary>
    internal WorkflowContext WithoutItem(string name, int index, string state)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(Lists)
        {
            [name] = RequireList(name, state).Where((_, i) => i != index).ToList(),
        };
        return this with { Lists = lists };
    }
}
