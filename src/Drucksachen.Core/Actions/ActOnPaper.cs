using Drucksachen.Core.Access;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Input;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Plausibility;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Actions;

/// <summary>
/// Takes one workflow action on a paper: validates it against the paper's workflow version and the
/// user's roles, then writes the new state, the advisory sequence, the effects (number, document)
/// and the history entry in one transaction. Deadlines that fell due are recorded first. An outcome,
/// recorded or corrected, passes <see cref="PlausibilityRules"/>.
/// </summary>
public sealed class ActOnPaper(IPaperSessions sessions, IPaperReads reads, PaperWorkflowHost host, City city, IUserDirectory users, TimeProvider clock,
    PlausibilityRules plausibility)
{
    public async Task<ActionResult> ExecuteAsync(string reference, ActionInput input, CancellationToken ct)
    {
        CheckText(input);
        // What is not a vote is refused whatever the paper and action, before anything is looked up.
        var vote = input.Vote is null ? null : Vote.Parse(input.Vote);
        var user = await users.GetAsync(input.User, ct);
        await using var session = sessions.OpenSession();
        var paper = PaperAccess.Require(user, await session.FindAsync(reference, ct), reference);
        if (input.ExpectedVersion is { } expected && expected != paper.Version)
            throw new DrucksachenException(ErrorKind.Conflict,
                $"Drucksache {paper.Reference} was changed meanwhile (you saw version {expected}, it is now {paper.Version}); reload and try again");

        var entries = await ActAsync(session, paper, user, input, vote, null, ct);
        await session.CommitAsync(ct);
        return new ActionResult(paper, entries);
    }

    /// <summary>
    /// Takes the action within <paramref name="session"/>, which the caller commits: a meeting
    /// records an outcome in one transaction with its own entry. With <paramref name="consultation"/>,
    /// an outcome must be recorded for that consultation and no other.
    /// </summary>
    internal async Task<List<HistoryEntry>> ActAsync(IPaperSession session, Paper paper, UserProfile user, ActionInput input, Vote? vote,
        Guid? consultation, CancellationToken ct)
    {
        var definition = await host.DefinitionAsync(paper, ct);
        var now = clock.GetStoredNow();
        var instance = WorkflowInstance.FromJson(paper.Workflow.InstanceJson);
        // The paper stays as loaded until the transitions are applied below, and so does what the runtime is told of it.
        var context = host.ContextFor(paper);
        var timers = host.Runner.Tick(definition, instance, now, context);
        if (timers.Count > 0) instance = timers[^1].Instance;

        var actor = PaperActors.For(user, paper);
        var transition = await DecideAsync(definition, instance, context, paper, actor, input, ct);
        if (consultation is { } wanted && transition.Sequence is { } current && paper.ConsultationAt(current.ItemIndex)?.Id != wanted)
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"Drucksache {paper.Reference} is not at this consultation yet: its consultation by '{paper.ConsultationAt(current.ItemIndex)?.Body}' comes first")
                { Text = new ErrorText("not-at-this-consultation", paper.Reference) };
        var outcome = transition.Sequence is { } step ? ReadOutcome(paper, step, transition.Corrects, input, vote) : null;
        if (transition.Corrects is { } corrects)
            outcome = outcome! with { Corrects = await CorrectedEntryAsync(paper, definition, corrects, ct) };
        var role = RoleUsed(definition, instance, context, actor, input.Action);

        await session.BeginAsync(ct);
        var entries = new List<HistoryEntry>(timers.Count + 1);
        foreach (var timer in timers)
            entries.Add(await host.ApplyAsync(session, paper, definition, timer, ActorInfo.System, null, null, now, ct));
        entries.Add(await host.ApplyAsync(session, paper, definition, transition, new ActorInfo(user.Id, role), outcome,
            input.Comment, now, ct));
        return entries;
    }

    /// <summary>Field names are the API's (nextDate); the CLI names its options instead (--next-date).</summary>
    internal static void CheckText(ActionInput input)
    {
        InputText.Check(input.Action, "action", InputLimits.LineChars);
        InputText.Check(input.Outcome, "outcome", InputLimits.LineChars);
        InputText.Check(input.Date, "date", InputLimits.LineChars);
        InputText.Check(input.Vote, "vote", InputLimits.LineChars);
        InputText.Check(input.Body, "body", InputLimits.LineChars);
        InputText.Check(input.NextDate, "nextDate", InputLimits.LineChars);
        InputText.Check(input.Comment, "comment", InputLimits.TextChars, multiline: true);
    }

    private async Task<Transition> DecideAsync(WorkflowDefinition definition, WorkflowInstance instance, WorkflowContext context, Paper paper,
        Actor actor, ActionInput input, CancellationToken ct)
    {
        try
        {
            return host.Runner.Act(definition, instance, new ActionRequest(input.Action, actor, input.Outcome, Reason: input.Comment), context);
        }
        catch (WorkflowActionException e) when (e.Kind == WorkflowActionErrorKind.MissingReason)
        {
            throw new InputException(null, null, "comment", $"Drucksache {paper.Reference}: '{input.Action}' needs a reason (comment), which the author is shown",
                new ErrorText("reason-required", definition.ActionLabel(paper.State, input.Action)));
        }
        catch (WorkflowActionException e) when (e.Kind is WorkflowActionErrorKind.InvalidOutcome or WorkflowActionErrorKind.MissingOutcome)
        {
            throw new InputException(null, null, "outcome", $"Drucksache {paper.Reference}: {e.Message}", e.Kind == WorkflowActionErrorKind.MissingOutcome
                ? new ErrorText("required")
                : new ErrorText("outcome-not-offered", Outcome.Label(input.Outcome ?? ""), definition.ActionLabel(paper.State, input.Action)));
        }
        catch (WorkflowActionException e) when (e.Kind == WorkflowActionErrorKind.UnknownAction && !definition.Defines(input.Action))
        {
            var known = definition.States.Values.SelectMany(s => s.ActionNames).Distinct();
            throw new InputException(null, null, "action", $"unknown action '{input.Action}' (known: {string.Join(", ", known)})",
                new ErrorText("unknown-action", input.Action));
        }
        catch (WorkflowActionException e)
        {
            var action = definition.ActionLabel(paper.State, input.Action);
            var state = definition.States.TryGetValue(paper.State, out var now) ? now.Label : paper.State;
            if (e.Kind is WorkflowActionErrorKind.UnknownAction or WorkflowActionErrorKind.AlreadySigned or WorkflowActionErrorKind.Finished
                && await WasTakenAwayAsync(paper, definition, input, ct))
                throw new DrucksachenException(ErrorKind.Conflict,
                    $"Drucksache {paper.Reference} was changed meanwhile and no longer offers '{input.Action}' (now in state {paper.State}); reload and check", e)
                    { Text = new ErrorText("action-taken-away", action, state) };
            throw new DrucksachenException(ErrorKind.NotAllowed, $"Drucksache {paper.Reference}: {e.Message}", e) { Text = RefusalText(e.Kind, action, state) };
        }
    }

    // What the runtime refused, as a key and values for edges that word it themselves.
    private static ErrorText RefusalText(WorkflowActionErrorKind kind, string action, string state) => kind switch
    {
        WorkflowActionErrorKind.NotAllowed => new ErrorText("action-not-allowed", action),
        WorkflowActionErrorKind.AlreadySigned => new ErrorText("already-signed", action),
        WorkflowActionErrorKind.Finished => new ErrorText("paper-finished", action, state),
        WorkflowActionErrorKind.NothingToCorrect => new ErrorText("nothing-to-correct"),
        WorkflowActionErrorKind.NoCurrentItem => new ErrorText("no-current-consultation", action),
        _ => new ErrorText("action-not-offered", action, state),
    };

    // An action that the state before the paper's last change offered was taken away by that change.
    // Made by someone else, typically one who took the same action a moment earlier, that is a
    // conflict (reload and see), not a refusal; made by the user themselves, the action is done.
    private async Task<bool> WasTakenAwayAsync(Paper paper, WorkflowDefinition definition, ActionInput input, CancellationToken ct)
    {
        var history = await reads.HistoryAsync(paper.Id, ct);
        return history.Count > 0 && history[^1] is { FromState: { } before } last && last.Actor != input.User
            && definition.States.TryGetValue(before, out var state) && state.ActionNames.Contains(input.Action);
    }

    private string RoleUsed(WorkflowDefinition definition, WorkflowInstance instance, WorkflowContext context, Actor actor, string action) =>
        host.Runner.Available(definition, instance, context)
            .First(a => a.Name == action).Roles.First(actor.Roles.Contains);

    private OutcomeInput ReadOutcome(Paper paper, SequenceStep step, RecordedOutcome? corrects, ActionInput input, Vote? vote)
    {
        var current = paper.ConsultationAt(step.ItemIndex)!;
        if (corrects is not null && input.Comment is null)
            throw new PlausibilityException("comment", "a correction needs its reason as comment",
                "Bitte geben Sie den Grund der Berichtigung an.");
        // A correction takes out the consultation the corrected outcome inserted; it is no longer "later".
        var later = paper.Consultations.Skip(step.ItemIndex + 1).Where(c => c.Position != corrects?.InsertedIndex);
        var date = input.Date is not null ? PaperDates.Parse(input.Date, "date")
            : corrects is not null ? current.OutcomeDate ?? current.Date
            : current.Date;
        plausibility.RequireMeetingHeld(date);
        Consultation? next = null;
        if (step.InsertedIndex is not null)
        {
            var nextDate = input.NextDate is null
                ? throw new InputException(null, null, "nextDate", $"outcome '{step.Outcome}' needs the date of the meeting that takes the paper up next",
                    new ErrorText("outcome-needs-next-date", Outcome.Label(step.Outcome)))
                : PaperDates.Parse(input.NextDate, "nextDate");
            if (nextDate <= date)
                throw new InputException(null, null, "nextDate", $"{PaperDates.German(nextDate)} is not after the meeting of {PaperDates.German(date)}",
                    new ErrorText("next-date-not-after", PaperDates.German(nextDate), PaperDates.German(date)));
            plausibility.RequireBeforeDecision(nextDate, later, input.Confirmed);
            next = step.Move == SequenceMove.Repeat
                ? new Consultation(current.Body, nextDate, current.IsPublic, current.Role, ConsultationOrigin.Deferral)
                : Referral(paper, current, input.Body, nextDate);
        }
        else if (input.Body is not null || input.NextDate is not null)
        {
            throw new InputException(null, null, input.Body is not null ? "body" : "nextDate",
                $"outcome '{step.Outcome}' takes no next consultation (only deferred and referred do)",
                new ErrorText("outcome-takes-no-next", Outcome.Label(step.Outcome)));
        }
        if (corrects is null) return new OutcomeInput(date, vote, input.Comment, next);

        // The comment of a correction is its reason; the outcome keeps the note it was recorded with.
        var inserted = corrects.InsertedIndex is { } index ? paper.ConsultationAt(index) : null;
        if (step.Outcome == current.Outcome && date == current.OutcomeDate && vote?.ToString() == current.Vote
            && (inserted?.Body, inserted?.Date) == (next?.Body, next?.Date))
            throw new PlausibilityException("outcome", "the correction changes nothing: outcome, date, vote and next meeting are as recorded",
                "Die Berichtigung ändert nichts: Ergebnis, Datum, Abstimmung und nächster Termin sind wie erfasst.");
        return new OutcomeInput(date, vote, current.Note, next);
    }

    /// <summary>The newest outcome entry in the history: the one the runtime's last record stands for.</summary>
    private async Task<HistoryEntry> CorrectedEntryAsync(Paper paper, WorkflowDefinition definition, RecordedOutcome corrects, CancellationToken ct)
    {
        var record = ((SequenceState)definition.States[corrects.State]).Record.Name;
        var history = await reads.HistoryAsync(paper.Id, ct);
        return history.Last(e => e.Action == record || e.Action == WorkflowRunner.CorrectAction);
    }

    private Consultation Referral(Paper paper, Consultation current, string? bodyName, DateOnly date)
    {
        if (bodyName is null)
            throw new InputException(null, null, "body", "outcome 'referred' needs the body the paper is referred to",
                new ErrorText("referral-needs-body"));
        var body = city.FindBody(bodyName)
            ?? throw new InputException(null, null, "body", $"unknown body '{bodyName}' (known: {string.Join(", ", city.Bodies.Select(b => b.Key))})",
                new ErrorText("unknown-body", bodyName));
        if (body.Key == current.Body)
            throw new InputException(null, null, "body", $"the paper is already with {body.Name}; use 'deferred' to take it up again there",
                new ErrorText("referral-to-same-body", body.Name));
        return new Consultation(body.Key, date, paper.IsPublic && body.MeetsInPublic, ConsultationRole.Preliminary, ConsultationOrigin.Referral);
    }
}
