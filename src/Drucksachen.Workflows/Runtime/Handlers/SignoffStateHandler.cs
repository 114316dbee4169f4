using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Runtime.Handlers;

/// <summary>Co-signing: each participant signs once; any participant may send the paper back.</summary>
internal sealed class SignoffStateHandler : StateHandler
{
    public static SignoffStateHandler Instance { get; } = new();

    public override string? PassThrough(StateDefinition state, WorkflowContext context)
    {
        var signoff = (SignoffState)state;
        return context.RequireList(signoff.Participants, state.Id).Count == 0 ? signoff.Next : null;
    }

    protected override void AddOwnAvailable(
        StateDefinition state, WorkflowInstance instance, WorkflowContext context, Actor? actor, List<AvailableAction> into)
    {
        var signoff = (SignoffState)state;
        var participants = context.RequireList(signoff.Participants, state.Id);
        var mayAct = actor is null || actor.Roles.Overlaps(signoff.Roles);

        var toSign = participants.Where(p => !instance.Signed.Contains(p) && (actor is null || actor.Groups.Contains(p))).ToList();
        if (mayAct && toSign.Count > 0)
        {
            into.Add(new AvailableAction(signoff.Sign.Name, signoff.Sign.Label, AvailableActionKind.Sign, signoff.Roles, null, [], toSign));
        }

        var mayReturn = participants.Where(p => actor is null || actor.Groups.Contains(p)).ToList();
        if (mayAct && mayReturn.Count > 0)
        {
            var ret = signoff.Return;
            into.Add(new AvailableAction(ret.Name, ret.Label, AvailableActionKind.Return, signoff.Roles, ret.To, [], mayReturn,
                ret.RequiresReason));
        }
    }

    protected override Step? TryActOwn(StateDefinition state, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        var signoff = (SignoffState)state;
        if (request.Action == signoff.Sign.Name)
        {
            return Sign(signoff, instance, request, context);
        }

        if (request.Action == signoff.Return.Name)
        {
            return Return(signoff, instance, request, context);
        }

        return null;
    }

    protected override IEnumerable<string> OwnActionNames(StateDefinition state)
    {
        var signoff = (SignoffState)state;
        return [signoff.Sign.Name, signoff.Return.Name];
    }

    private static Step Sign(SignoffState state, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        Guard.RequireRole(request.Action, state, state.Roles, request.Actor);
        Guard.RequireNoOutcome(request, state);
        var participants = context.RequireList(state.Participants, state.Id);
        var participant = request.Participant is { } chosen
            ? RequireOwnParticipant(state, request, participants, chosen)
            : FirstUnsigned(state, instance, request, participants);
        if (instance.Signed.Contains(participant))
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.AlreadySigned,
                request.Action,
                state.Id,
                $"'{participant}' has already signed in state '{state.Id}'");
        }

        var signed = instance.WithSigned(participant);
        var complete = participants.All(signed.Signed.Contains);
        return new Step(signed, complete ? state.Next : null, state.Sign.Effects, Participant: participant);
    }

    private static Step Return(SignoffState state, WorkflowInstance instance, ActionRequest request, WorkflowContext context)
    {
        Guard.RequireRole(request.Action, state, state.Roles, request.Actor);
        Guard.RequireNoOutcome(request, state);
        var participants = context.RequireList(state.Participants, state.Id);
        var participant = request.Participant is { } chosen
            ? RequireOwnParticipant(state, request, participants, chosen)
            : participants.FirstOrDefault(request.Actor.Groups.Contains) ?? throw NotAParticipant(state, request, participants);
        Guard.RequireReason(request, state, state.Return.RequiresReason);
        return new Step(instance.WithoutSignatures(), state.Return.To, state.Return.Effects, Participant: participant);
    }

    private static string RequireOwnParticipant(
        SignoffState state, ActionRequest request, IReadOnlyList<string> participants, string chosen)
    {
        if (!participants.Contains(chosen))
        {
            throw new WorkflowActionException(
                WorkflowActionErrorKind.NotAllowed,
                request.Action,
                state.Id,
                $"'{chosen}' is not a participant of state '{state.Id}'; participants are {string.Join(", ", participants)}");
        }

        return request.Actor.Groups.Contains(chosen)
            ? chosen
            : throw new WorkflowActionException(
                WorkflowActionErrorKind.NotAllowed,
                request.Action,
                state.Id,
                $"actor '{request.Actor.Id}' may not act for '{chosen}' in state '{state.Id}': not one of the actor's groups");
    }

    private static string FirstUnsigned(SignoffState state, WorkflowInstance instance, ActionRequest request, IReadOnlyList<string> participants)
    {
        var own = participants.Where(request.Actor.Groups.Contains).ToList();
        if (own.Count == 0)
        {
            throw NotAParticipant(state, request, participants);
        }

        // All of the actor's participants have signed: report the first so the message names one.
        return own.FirstOrDefault(p => !instance.Signed.Contains(p)) ?? own[0];
    }

    private static WorkflowActionException NotAParticipant(SignoffState state, ActionRequest request, IReadOnlyList<string> participants) =>
        new(
            WorkflowActionErrorKind.NotAllowed,
            request.Action,
            state.Id,
            $"actor '{request.Actor.Id}' belongs to none of the participants of state '{state.Id}' ({string.Join(", ", participants)}), so may not '{request.Action}'");
}
