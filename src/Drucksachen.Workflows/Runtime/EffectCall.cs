namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// A side effect the host performs after persisting a transition, bound by <see cref="Name"/>
/// (e.g. <c>assign-number</c>); the runtime never executes effects itself.
/// </summary>
public sealed record EffectCall(string Name, IReadOnlyDictionary<string, string> Args)
{
    private static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>();

    public EffectCall(string name) : this(name, NoArgs)
    {
    }
}
