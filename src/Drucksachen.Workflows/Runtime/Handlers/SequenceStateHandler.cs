using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Runtime.Handlers;

/// <summary>
/// Walks the host's item list. The host owns the items; this keeps only the cursor and tells the host,
/// through <see cref="SequenceStep"/>, where to insert a new item.
/// </summary>
internal sealed class SequenceStateHandler : StateHandler
{
    public static SequenceStateHandler Instance { get; } = new();

    public override string? PassThrough(StateDefinition state, WorkflowContext context)
    {
        var sequence = (SequenceState)state;
        return context.RequireList(sequence.Items, state.Id).Count == 0 ? sequence.Done : null;
    }

    protected override void AddOwnAvailable(
        StateDefinition state, WorkflowInstance instance, WorkflowContext context, Actor? actor, List<AvailableAction> into)
    {
        var sequence = (SequenceState)state;
        var hasItem = instance.Position < context.RequireList(sequence.Items, state.Id).Count;
        if (hasItem && (actor is null || actor.Roles.Overlaps(sequence.Roles)))
        {
            var outcomes = sequence.Outcomes.Select(o => new OutcomeOption(o.Name, o.Label)).ToList();
            into.Add(new AvailableAction(sequence.Record.Name, sequence.Record.Label, AvailableActionKind.Record, sequence.Roles, null, outcomes, []));
        }
    }

    protected override Step? TryActOwn(StateDefinition state, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        var sequence = (SequenceState)state;
        return request.Action == sequence.Record.Name ? Record(sequence, instance, request, context) : null;
    }

    protected override IEnumerable<string> OwnActionNames(StateDefinition state) => [((SequenceState)state).Record.Name];

    /// <summary>Records the request's outcome for the current item; also the second half of a correction.</summary>
    internal static Step Record(SequenceState state, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        Guard.RequireRole(request.Action, state, state.Roles, request.Actor);
        var outcome = FindOutcome(state, request);
        var items = context.RequireList(state.Items, state.Id);
        var position = instance.Position;
        if (position >= items.Count)
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.NoCurrentItem,
                request.Action,
                state.Id,
                $"state '{state.Id}' has no current item: position {position}, but list '{state.Items}' has {items.Count}");
        }

        IReadOnlyList<EffectCall> effects = [.. state.Record.Effects, .. outcome.Effects];
        var (next, to, inserted) = outcome.Move switch
        {
            SequenceMove.Next when position + 1 < items.Count => (instance.WithPosition(position + 1), (string?)null, (int?)null),
            SequenceMove.Next => (instance, state.Done, null),
            SequenceMove.Repeat or SequenceMove.Insert => (instance.WithPosition(position + 1), null, position + 1),
            _ => (instance, outcome.To, null),
        };
        var step = new SequenceStep(position, items[position], outcome.Name, outcome.Move, inserted);
        var recorded = next.WithLastRecord(new RecordedOutcome(state.Id, position, outcome.Name, inserted));
        return new Step(recorded, to, effects, Sequence: step);
    }

    private static OutcomeDefinition FindOutcome(SequenceState state, ActionRequest request)
    {
        var takes = string.Join(", ", state.Outcomes.Select(o => o.Name));
        if (request.Outcome is null)
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.MissingOutcome,
                request.Action,
                state.Id,
                $"action '{request.Action}' in state '{state.Id}' needs an outcome: one of {takes}");
        }

        return state.Outcomes.FirstOrDefault(o => o.Name == request.Outcome)
            ?? throw new WorkflowActionException(
                WorkflowActionErrorKind.InvalidOutcome,
                request.Action,
                state.Id,
                $"action '{request.Action}' in state '{state.Id}' does not take outcome '{request.Outcome}'; it takes {takes}");
    }
}
