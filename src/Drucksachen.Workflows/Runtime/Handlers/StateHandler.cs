using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Runtime.Handlers;

/// <summary>
/// The behaviour of a state kind. This base serves task and final states and handles every state's
/// ordinary actions; derived handlers add their kind's own actions and pass-through rule.
/// </summary>
internal class StateHandler
{
    public static StateHandler Plain { get; } = new();

    /// <summary>A state to leave for at once on entry because nobody has anything to do here, or null.</summary>
    public virtual string? PassThrough(StateDefinition state, WorkflowContext context) => null;

    public void AddAvailable(
        StateDefinition state, WorkflowInstance instance, WorkflowContext context, Actor? actor, List<AvailableAction> into)
    {
        AddOwnAvailable(state, instance, context, actor, into);
        foreach (var action in state.Actions)
        {
            if (actor is null || actor.Roles.Overlaps(action.Roles))
            {
                into.Add(new AvailableAction(action.Name, action.Label, AvailableActionKind.Move, action.Roles, action.To, [], [],
                    action.RequiresReason));
            }
        }
    }

    public Step Act(StateDefinition state, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        if (TryActOwn(state, instance, request, context) is { } own)
        {
            return own;
        }

        var action = FindAction(state, request.Action);
        Guard.RequireRole(action.Name, state, action.Roles, request.Actor);
        Guard.RequireNoOutcome(request, state);
        Guard.RequireReason(request, state, action.RequiresReason);
        return new Step(instance, action.To, action.Effects);
    }

    protected virtual void AddOwnAvailable(
        StateDefinition state, WorkflowInstance instance, WorkflowContext context, Actor? actor, List<AvailableAction> into)
    {
    }

    /// <summary>Performs the request if it names one of this kind's own actions; null otherwise.</summary>
    protected virtual Step? TryActOwn(StateDefinition state, WorkflowInstance instance, ActionRequest request, WorkflowContext context) =>
        null;

    protected virtual IEnumerable<string> OwnActionNames(StateDefinition state) => [];

    private ActionDefinition FindAction(StateDefinition state, string name)
    {
        foreach (var action in state.Actions)
        {
            if (action.Name == name)
            {
                return action;
            }
        }

        var known = OwnActionNames(state).Concat(state.Actions.Select(a => a.Name)).ToList();
        var offer = known.Count == 0 ? "it has no actions" : "it has " + string.Join(", ", known);
        throw new WorkflowActionException(
            WorkflowActionErrorKind.UnknownAction,
            name,
            state.Id,
            $"state '{state.Id}' has no action '{name}'; {offer}");
    }
}
