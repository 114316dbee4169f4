using System.Globalization;
using System.Text.Json.Nodes;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Workflow;

/// <summary>
/// Hosts the generic workflow runtime for papers: hands it the paper's data, and carries each
/// transition back into the paper (state, advisory sequence, effects, history).
/// </summary>
public sealed class PaperWorkflowHost
{
    private readonly WorkflowCatalog _catalog;
    private readonly WorkflowRunner _runner;
    private readonly DeadlineCalculator _deadlines;
    private readonly Dictionary<string, IPaperEffect> _effects;

    public PaperWorkflowHost(WorkflowCatalog catalog, WorkflowRunner runner, DeadlineCalculator deadlines, IEnumerable<IPaperEffect> effects)
    {
        _catalog = catalog;
        _runner = runner;
        _deadlines = deadlines;
        _effects = effects.ToDictionary(e => e.Name);
    }

    public WorkflowRunner Runner => _runner;

    public WorkflowCatalog Catalog => _catalog;

    public WorkflowContext ContextFor(Paper paper) => PaperWorkflowContext.For(paper, _deadlines.For(paper));

    public ReleaseDeadlines? DeadlinesFor(Paper paper) => _deadlines.For(paper);

    public Task<WorkflowDefinition> DefinitionAsync(Paper paper, CancellationToken ct) =>
        _catalog.GetAsync(paper.Workflow.DefinitionName, paper.Workflow.DefinitionVersion, ct);

    /// <summary>
    /// Starts <paramref name="definition"/> (the newest version, from <see cref="WorkflowCatalog.GetLatestAsync"/>)
    /// for a new paper, inside the write transaction, and performs the effects of the states it enters.
    /// </summary>
    public async Task StartAsync(IPaperSession session, Paper paper, WorkflowDefinition definition, DateTimeOffset now, JsonObject details, CancellationToken ct)
    {
        var start = _runner.Start(definition, ContextFor(paper));
        paper.StartWorkflow(new PaperWorkflow(definition.Name, definition.Version, start.Instance.ToJson(), null),
            start.Instance.State, start.Instance.IsFinished);
        details["workflow"] = $"{definition.Name} v{definition.Version}";
        foreach (var call in start.Effects)
            await _effects[call.Name].ApplyAsync(new EffectScope(session, paper, call, now, details), ct);
        paper.MoveTo(start.Instance.State, start.Instance.IsFinished, start.Instance.ToJson(),
            _runner.NextDue(definition, start.Instance, ContextFor(paper)));
    }

    /// <summary>
    /// Carries a transition into the paper and appends its history entry. Call inside the write
    /// transaction; <paramref name="input"/> has already been validated against the transition.
    /// </summary>
    public async Task<HistoryEntry> ApplyAsync(IPaperSession session, Paper paper, WorkflowDefinition definition,
        Transition transition, ActorInfo actor, OutcomeInput? input, string? comment, DateTimeOffset now, CancellationToken ct)
    {
        var details = new JsonObject();
        if (transition.Corrects is { } corrected) paper.TakeBackOutcome(corrected.Position, corrected.InsertedIndex);
        if (transition.Sequence is { } step) RecordOutcome(paper, step, input, details);
        if (transition.Participant is { } office) details["office"] = office;
        if (comment is not null) details["comment"] = comment;

        foreach (var call in transition.Effects)
            await _effects[call.Name].ApplyAsync(new EffectScope(session, paper, call, now, details), ct);

        paper.MoveTo(transition.To, transition.Instance.IsFinished, transition.Instance.ToJson(),
            _runner.NextDue(definition, transition.Instance, ContextFor(paper)));
        return HistoryChain.Append(session, paper, now, actor.Id, actor.Role, transition.Action,
            transition.From, transition.To, details);
    }

    /// <summary>
    /// Notes in the paper's history that a consultation was placed on a meeting's agenda or taken
    /// off it; placed, the consultation takes the meeting's date, and the deadlines that follow from
    /// it move along. Call inside the write transaction.
    /// </summary>
    public async Task<HistoryEntry> NoteAgendaAsync(IPaperSession session, Paper paper, Consultation consultation, DateOnly? date,
        ActorInfo actor, string action, JsonObject details, DateTimeOffset now, CancellationToken ct)
    {
        if (date is { } day && day != consultation.Date)
        {
            details["from"] = Iso(consultation.Date);
            paper.MoveConsultation(consultation, day);
            var definition = await DefinitionAsync(paper, ct);
            var instance = WorkflowInstance.FromJson(paper.Workflow.InstanceJson);
            paper.MoveTo(paper.State, paper.IsFinished, paper.Workflow.InstanceJson, _runner.NextDue(definition, instance, ContextFor(paper)));
        }
        details["consultation"] = consultation.Body;
        details["meeting"] = Iso(consultation.Date);
        return HistoryChain.Append(session, paper, now, actor.Id, actor.Role, action, paper.State, paper.State, details);
    }

    /// <summary>The effect names this host binds; a definition naming any other is refused at load.</summary>
    public static IReadOnlySet<string> BoundEffects(IEnumerable<IPaperEffect> effects) =>
        effects.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

    private static void RecordOutcome(Paper paper, SequenceStep step, OutcomeInput? input, JsonObject details)
    {
        var consultation = paper.ConsultationAt(step.ItemIndex)
            ?? throw new InvalidOperationException($"paper {paper.Id} has no consultation {step.ItemIndex}");
        var date = input?.Date ?? consultation.Date;
        details["consultation"] = consultation.Body;
        details["meeting"] = Iso(consultation.Date);
        details["outcome"] = step.Outcome;
        if (date != consultation.Date) details["date"] = Iso(date);
        if (input?.Vote is { } vote) details["vote"] = vote.ToString();
        if (input?.Corrects is { } entry)
            details["corrects"] = new JsonObject { ["entry"] = entry.Sequence, ["hash"] = entry.Hash, ["outcome"] = Outcome(entry) };
        paper.RecordOutcome(step.ItemIndex, step.Outcome, date, input?.Vote, input?.Note);

        if (step.InsertedIndex is not { } index) return;
        var next = input?.Next ?? throw new InvalidOperationException("validated outcome input lacks the next consultation");
        paper.InsertConsultation(index, next);
        details["next"] = new JsonObject { ["consultation"] = next.Body, ["meeting"] = Iso(next.Date) };
    }

    private static string? Outcome(HistoryEntry entry) =>
        JsonNode.Parse(entry.Details)?["outcome"]?.GetValue<string>();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
