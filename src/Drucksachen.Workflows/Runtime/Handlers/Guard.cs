using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Runtime.Handlers;

internal static class Guard
{
    public static void RequireRole(string action, StateDefinition state, IReadOnlyList<string> roles, Actor actor)
    {
        if (actor.Roles.Overlaps(roles))
        {
            return;
        }

        var has = actor.Roles.Count == 0 ? "none" : string.Join(", ", actor.Roles.Order(StringComparer.Ordinal));
        throw new WorkflowActionException(
            WorkflowActionErrorKind.NotAllowed,
            action,
            state.Id,
            $"action '{action}' in state '{state.Id}' needs one of the roles {string.Join(", ", roles)}; actor '{actor.Id}' has {has}");
    }

    public static void RequireReason(ActionRequest request, StateDefinition state, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.MissingReason,
                request.Action,
                state.Id,
                $"action '{request.Action}' in state '{state.Id}' needs a reason");
        }
    }

    public static void RequireNoOutcome(ActionRequest request, StateDefinition state)
    {
        if (request.Outcome is not null)
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.InvalidOutcome,
                request.Action,
                state.Id,
                $"action '{request.Action}' in state '{state.Id}' takes no outcome, got '{request.Outcome}'");
        }
    }
}
