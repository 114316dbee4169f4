namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// A validated, immutable workflow definition. <see cref="Version"/> is assigned by the
/// <see cref="WorkflowCatalog"/>; a definition parsed on its own has version 0.
/// </summary>
public sealed record WorkflowDefinition
{
    public required string Name { get; init; }

    public int Version { get; init; }

    public required string Label { get; init; }

    public required string Start { get; init; }

    public required IReadOnlyDictionary<string, StateDefinition> States { get; init; }

    /// <summary>Where the definition came from, as shown in error messages (e.g. <c>workflows/antrag.yaml</c>).</summary>
    public required string FileName { get; init; }

    /// <summary>Lower-case hex SHA-256 of the source text.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The states in which one of <paramref name="roles"/> may take some action.</summary>
    public IEnumerable<string> StatesActedInBy(IReadOnlyCollection<string> roles) =>
        States.Values.Where(s => RolesActingIn(s).Any(roles.Contains)).Select(s => s.Id);

    /// <summary>The label of <paramref name="action"/> if, in <paramref name="state"/>, it is defined to need a reason; else null.</summary>
    public string? ReasonedActionLabel(string state, string action)
    {
        if (!States.TryGetValue(state, out var definition))
        {
            return null;
        }

        if (definition is SignoffState { Return: { RequiresReason: true } ret } && ret.Name == action)
        {
            return ret.Label;
        }

        return definition.Actions.FirstOrDefault(a => a.Name == action && a.RequiresReason)?.Label;
    }

    private static IEnumerable<string> RolesActingIn(StateDefinition state) => state.Actions.SelectMany(a => a.Roles).Concat(state switch
    {
        SignoffState signoff => signoff.Roles,
        SequenceState sequence => sequence.Roles,
        _ => [],
    });

    /// <summary>
    /// The label of <paramref name="action"/> as <paramref name="state"/> offers it, else as another state
    /// does (an action refused where it is not offered is still named as people know it), else its name.
    /// </summary>
    public string ActionLabel(string state, string action)
    {
        if (action == Runtime.WorkflowRunner.CorrectAction)
        {
            return Runtime.WorkflowRunner.CorrectLabel;
        }

        return (States.TryGetValue(state, out var here) ? here.ActionLabel(action) : null)
            ?? States.Values.Select(s => s.ActionLabel(action)).FirstOrDefault(label => label is not null)
            ?? action;
    }

    /// <summary>Whether any state offers an action of this name.</summary>
    public bool Defines(string action) => States.Values.Any(s => s.ActionNames.Contains(action));
}
