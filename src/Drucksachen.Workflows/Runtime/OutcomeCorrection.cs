using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime.Handlers;

namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// The step back: replaces the last outcome a sequence recorded by another. It is defined here once
/// instead of being declared in each workflow file because undoing an outcome means undoing what
/// the sequence step itself did (the cursor, the item inserted for a deferral or referral, the state
/// the outcome ended in), which only the runtime knows; every sequence needs it alike. The original
/// entry stays; the host records the correction as a new one.
/// </summary>
internal static class OutcomeCorrection
{
    public static AvailableAction? Available(WorkflowDefinition definition, WorkflowInstance instance, Actor? actor)
    {
        if (Sequence(definition, instance) is not { } sequence || (actor is not null && !actor.Roles.Overlaps(sequence.Roles)))
        {
            return null;
        }

        var outcomes = sequence.Outcomes.Select(o => new OutcomeOption(o.Name, o.Label)).ToList();
        return new AvailableAction(
            WorkflowRunner.CorrectAction, WorkflowRunner.CorrectLabel, AvailableActionKind.Correct, sequence.Roles, null, outcomes, []);
    }

    public static Transition Act(WorkflowDefinition definition, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        var from = instance.State;
        var last = instance.LastRecord;
        if (last is null || Sequence(definition, instance) is not { } sequence)
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.NothingToCorrect,
                request.Action,
                from,
                $"state '{from}' has no outcome to correct: only the last recorded outcome can be, until another outcome is recorded or another action taken");
        }

        Guard.RequireRole(request.Action, sequence, sequence.Roles, request.Actor);

        // The host's list still holds the item the outcome inserted; going back takes it out again.
        var before = last.InsertedIndex is { } inserted ? context.WithoutItem(sequence.Items, inserted, sequence.Id) : context;
        var step = SequenceStateHandler.Record(sequence, instance.ReturnTo(sequence.Id, last.Position), request, before);
        var path = new List<string>();
        if (from != sequence.Id)
        {
            // Back in the sequence without its onEnter effects: it is resumed, not started.
            path.Add(sequence.Id);
        }

        var effects = new List<EffectCall>(step.Effects);
        var after = step.To is { } to ? WorkflowRunner.Enter(definition, step.Instance, to, before, effects, path) : step.Instance;
        return new Transition(request.Action, from, after.State, after, effects, step.Sequence, null, path, last);
    }

    private static SequenceState? Sequence(WorkflowDefinition definition, WorkflowInstance instance) =>
        instance.LastRecord is { } last && definition.States.TryGetValue(last.State, out var state) ? state as SequenceState : null;
}
