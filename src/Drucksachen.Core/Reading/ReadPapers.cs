using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Reading;

/// <summary>Read-only use cases: list papers, show one with its available actions, its history.</summary>
public sealed class ReadPapers(IPaperStore store, PaperWorkflowHost host)
{
    public Task<IReadOnlyList<Paper>> ListAsync(PaperQuery query, CancellationToken ct) => store.ListAsync(query, ct);

    public async Task<PaperView> ShowAsync(string reference, CancellationToken ct)
    {
        var paper = await store.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        var definition = await host.DefinitionAsync(paper, ct);
        var instance = WorkflowInstance.FromJson(paper.Workflow.InstanceJson);
        var actions = host.Runner.Available(definition, instance, host.ContextFor(paper));
        var label = definition.States.TryGetValue(paper.State, out var state) ? state.Label : paper.State;
        return new PaperView(paper, label, actions, paper.Number is null ? host.DeadlinesFor(paper) : null);
    }

    /// <summary>The actions <paramref name="user"/> may take on the paper now (by role, office and co-signing).</summary>
    public async Task<IReadOnlyList<AvailableAction>> ActionsForAsync(Paper paper, Users.UserProfile user, CancellationToken ct)
    {
        var definition = await host.DefinitionAsync(paper, ct);
        var instance = WorkflowInstance.FromJson(paper.Workflow.InstanceJson);
        return host.Runner.Available(definition, instance, host.ContextFor(paper), PaperActors.For(user, paper));
    }

    /// <summary>The German label of every state of the workflows in use, by state id (first label wins).</summary>
    public async Task<IReadOnlyDictionary<string, string>> StateLabelsAsync(IEnumerable<string> workflows, CancellationToken ct)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in workflows.Distinct())
        {
            var definition = await host.Catalog.GetLatestAsync(name, ct);
            foreach (var (id, state) in definition.States) labels.TryAdd(id, state.Label);
        }
        return labels;
    }

    public async Task<(Paper Paper, IReadOnlyList<HistoryEntry> Entries)> HistoryAsync(string reference, CancellationToken ct)
    {
        var paper = await store.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        return (paper, await store.HistoryAsync(paper.Id, ct));
    }
}
