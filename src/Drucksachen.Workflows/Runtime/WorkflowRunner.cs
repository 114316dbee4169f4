using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// Computes transitions of workflow instances. Stateless and thread-safe: it never mutates an instance
/// or a definition, and it performs no effects; the host persists the returned instance and runs the
/// returned effects.
/// </summary>
public sealed class WorkflowRunner
{
    /// <summary>
    /// The action that corrects the last recorded outcome of a sequence (see <see cref="OutcomeCorrection"/>);
    /// reserved, so no workflow file may name an action so.
    /// </summary>
    public const string CorrectAction = "correct";

    public const string CorrectLabel = "Ergebnis berichtigen";

    /// <summary>A new instance in the definition's start state, passed through states nobody has to act in.</summary>
    public WorkflowStart Start(WorkflowDefinition definition, WorkflowContext context)
    {
        var effects = new List<EffectCall>();
        var path = new List<string>();
        var instance = Enter(definition, WorkflowInstance.Create(definition.Name, definition.Version, definition.Start), definition.Start, context, effects, path);
        return new WorkflowStart(instance, effects, path);
    }

    /// <summary>Every action available now, whoever may perform it.</summary>
    public IReadOnlyList<AvailableAction> Available(WorkflowDefinition definition, WorkflowInstance instance, WorkflowContext context) =>
        Collect(definition, instance, context, actor: null);

    /// <summary>The actions <paramref name="actor"/> may perform now (by role, and for signoffs by group).</summary>
    public IReadOnlyList<AvailableAction> Available(
        WorkflowDefinition definition, WorkflowInstance instance, WorkflowContext context, Actor actor) =>
        Collect(definition, instance, context, actor);

    /// <summary>Performs <paramref name="request"/>; throws <see cref="WorkflowActionException"/> if it is refused.</summary>
    public Transition Act(WorkflowDefinition definition, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        var state = CurrentState(definition, instance);
        if (request.Action == CorrectAction)
        {
            return OutcomeCorrection.Act(definition, instance, request, context);
        }

        if (instance.IsFinished)
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.Finished,
                request.Action,
                state.Id,
                $"action '{request.Action}' refused: the workflow has finished in state '{state.Id}'");
        }

        var step = state.Handler.Act(state, instance, request, context);

        // Only the newest outcome can be corrected, and only until something else happens.
        var acted = step.Sequence is null ? step.Instance.WithLastRecord(null) : step.Instance;
        if (step.To is null)
        {
            return new Transition(request.Action, state.Id, state.Id, acted, step.Effects, step.Sequence, step.Participant, []);
        }

        var effects = new List<EffectCall>(step.Effects);
        var path = new List<string>();
        var entered = Enter(definition, acted, step.To, context, effects, path);
        return new Transition(request.Action, state.Id, entered.State, entered, effects, step.Sequence, step.Participant, path);
    }

    /// <summary>
    /// Fires the due timers of the current state, earliest first, each once per instance; one transition
    /// per fired timer, each carrying the instance after it. A timer with a target moves the instance,
    /// and the timers of the state it lands in are checked next.
    /// </summary>
    public IReadOnlyList<Transition> Tick(WorkflowDefinition definition, WorkflowInstance instance, DateTimeOffset now, WorkflowContext context)
    {
        var fired = new List<Transition>();
        var state = CurrentState(definition, instance);
        while (!instance.IsFinished && EarliestUnfired(state, instance, context) is { } due && due.At <= now)
        {
            var effects = new List<EffectCall>(due.Timer.Effects);
            var path = new List<string>();
            var next = instance.WithFiredTimer(due.Timer.Id);
            if (due.Timer.To is { } to)
            {
                next = Enter(definition, next.WithLastRecord(null), to, context, effects, path);
            }

            fired.Add(new Transition("timer:" + due.Timer.Id, state.Id, next.State, next, effects, null, null, path));
            instance = next;
            state = definition.States[instance.State];
        }

        return fired;
    }

    /// <summary>
    /// When the earliest unfired timer of the current state is due (possibly already past), or null if
    /// none waits: store it so due instances can be queried.
    /// </summary>
    public DateTimeOffset? NextDue(WorkflowDefinition definition, WorkflowInstance instance, WorkflowContext context) =>
        instance.IsFinished ? null : EarliestUnfired(CurrentState(definition, instance), instance, context)?.At;

    private static List<AvailableAction> Collect(WorkflowDefinition definition, WorkflowInstance instance, WorkflowContext context, Actor? actor)
    {
        var available = new List<AvailableAction>();
        var state = CurrentState(definition, instance);
        if (!instance.IsFinished)
        {
            state.Handler.AddAvailable(state, instance, context, actor, available);
        }

        if (OutcomeCorrection.Available(definition, instance, actor) is { } correct)
        {
            available.Add(correct);
        }

        return available.ConvertAll(a => a.To is { } to && definition.States[to].Kind == StateKind.Final ? a with { EndsWorkflow = true } : a);
    }

    private static StateDefinition CurrentState(WorkflowDefinition definition, WorkflowInstance instance)
    {
        // An instance acted on with another definition or version would silently follow the wrong graph.
        if (instance.DefinitionName != definition.Name || instance.DefinitionVersion != definition.Version)
        {
            throw new ArgumentException(
                $"instance of {instance.DefinitionName} v{instance.DefinitionVersion} used with definition {definition.Name} v{definition.Version}",
                nameof(definition));
        }

        return definition.States.TryGetValue(instance.State, out var state)
            ? state
            : throw new ArgumentException($"instance state '{instance.State}' does not exist in {definition.Name} v{definition.Version}", nameof(instance));
    }

    /// <summary>Enters <paramref name="target"/> and keeps going while states pass straight through.</summary>
    internal static WorkflowInstance Enter(
        WorkflowDefinition definition, WorkflowInstance instance, string target, WorkflowContext context, List<EffectCall> effects, List<string> path)
    {
        while (true)
        {
            if (path.Contains(target))
            {
                throw new InvalidOperationException(
                    $"{definition.Name} v{definition.Version} passes through '{target}' twice in one step ({string.Join(" -> ", path)} -> {target}); the lists it depends on are all empty");
            }

            var state = definition.States[target];
            instance = instance.EnterState(target, state.Kind == StateKind.Final);
            path.Add(target);
            effects.AddRange(state.OnEnter);
            if (state.Handler.PassThrough(state, context) is not { } next)
            {
                return instance;
            }

            target = next;
        }
    }

    private static (TimerDefinition Timer, DateTimeOffset At)? EarliestUnfired(StateDefinition state, WorkflowInstance instance, WorkflowContext context)
    {
        (TimerDefinition Timer, DateTimeOffset At)? earliest = null;
        foreach (var timer in state.Timers)
        {
            if (!instance.FiredTimers.Contains(timer.Id)
                && context.Dates.TryGetValue(timer.At, out var at)
                && (earliest is null || at < earliest.Value.At))
            {
                earliest = (timer, at);
            }
        }

        return earliest;
    }
}
