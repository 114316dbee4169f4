using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Reading;

/// <summary>Read-only use cases: list papers, show one with its available actions, its history.</summary>
public sealed class ReadPapers(IPaperReads reads, PaperWorkflowHost host, City city)
{
    public Task<IReadOnlyList<Paper>> ListAsync(PaperQuery query, CancellationToken ct) => reads.ListAsync(query, ct);

    public async Task<PaperView> ShowAsync(string reference, CancellationToken ct)
    {
        var paper = await reads.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        var definition = await host.DefinitionAsync(paper, ct);
        var instance = WorkflowInstance.FromJson(paper.Workflow.InstanceJson);
        var actions = host.Runner.Available(definition, instance, host.ContextFor(paper));
        var label = definition.States.TryGetValue(paper.State, out var state) ? state.Label : paper.State;
        return new PaperView(paper, label, actions, DeadlinesFor(paper));
    }

    /// <summary>The release deadlines a paper not yet released runs against; null once released or without a meeting that sets one.</summary>
    public ReleaseDeadlines? DeadlinesFor(Paper paper) => paper.Number is null ? host.DeadlinesFor(paper) : null;

    /// <summary>The actions <paramref name="user"/> may take on the paper now (by role, office and co-signing).</summary>
    public async Task<IReadOnlyList<AvailableAction>> ActionsForAsync(Paper paper, Users.UserProfile user, CancellationToken ct)
    {
        var definition = await host.DefinitionAsync(paper, ct);
        var instance = WorkflowInstance.FromJson(paper.Workflow.InstanceJson);
        return host.Runner.Available(definition, instance, host.ContextFor(paper), PaperActors.For(user, paper));
    }

    /// <summary>
    /// The action that hands a draft on, as its workflow defines it: in the start state, the action
    /// <paramref name="user"/> may take that moves the paper on without ending it or asking for a
    /// reason ("Zur Mitzeichnung geben", an Antrag's "Einreichen"). Null when the paper is no draft or
    /// the user may not hand it on (only authors of the lead office may).
    /// </summary>
    public async Task<AvailableAction?> SubmissionAsync(Paper paper, Users.UserProfile user, CancellationToken ct)
    {
        var definition = await host.DefinitionAsync(paper, ct);
        if (paper.State != definition.Start || paper.Number is not null) return null;
        return (await ActionsForAsync(paper, user, ct))
            .FirstOrDefault(a => a is { Kind: AvailableActionKind.Move, EndsWorkflow: false, RequiresReason: false });
    }

    /// <summary>
    /// Whether the workflows in use could ever offer <paramref name="user"/> an action: by one of their
    /// roles, or as a member of an office asked to co-sign.
    /// </summary>
    public async Task<bool> MayActAsync(Users.UserProfile user, CancellationToken ct) =>
        user.Office is not null || (await StatesActedInByAsync(user, ct)).Count > 0;

    /// <summary>The states of the workflows in use in which one of the user's roles may act (e.g. release for approvers).</summary>
    public async Task<IReadOnlyList<string>> StatesActedInByAsync(Users.UserProfile user, CancellationToken ct)
    {
        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in city.PaperTypes.Select(t => t.Workflow ?? t.Name).Distinct())
            states.UnionWith((await host.Catalog.GetLatestForReadingAsync(name, ct)).StatesActedInBy(user.Roles.ToList()));
        return states.ToList();
    }

    /// <summary>The German label of every state of the workflows in use, by state id (first label wins).</summary>
    public async Task<IReadOnlyDictionary<string, string>> StateLabelsAsync(IEnumerable<string> workflows, CancellationToken ct)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in workflows.Distinct())
        {
            var definition = await host.Catalog.GetLatestForReadingAsync(name, ct);
            foreach (var (id, state) in definition.States) labels.TryAdd(id, state.Label);
        }
        return labels;
    }

    /// <summary>
    /// The reason given with the action that moved the paper into its current state, if the workflow
    /// asked for one there (e.g. why it was sent back to its author); null otherwise.
    /// </summary>
    public async Task<GivenReason?> ReasonAsync(Paper paper, CancellationToken ct)
    {
        var history = await reads.HistoryAsync(paper.Id, ct);
        // Edits, co-signatures and timers stay in the state; the last entry that changed it is the arrival.
        var arrival = history.LastOrDefault(e => e.FromState is not null && e.FromState != e.ToState);
        if (arrival is null || arrival.ToState != paper.State) return null;
        var definition = await host.DefinitionAsync(paper, ct);
        if (definition.ReasonedActionLabel(arrival.FromState!, arrival.Action) is not { } label) return null;
        var details = JsonNode.Parse(arrival.Details) as JsonObject;
        return details?["comment"]?.GetValue<string>() is { } reason
            ? new GivenReason(label, arrival.Actor, arrival.Role, details["office"]?.GetValue<string>(), arrival.At, reason)
            : null;
    }

    public async Task<(Paper Paper, IReadOnlyList<HistoryEntry> Entries)> HistoryAsync(string reference, CancellationToken ct)
    {
        var paper = await reads.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        return (paper, await reads.HistoryAsync(paper.Id, ct));
    }
}
