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

    public async Task<(Paper Paper, IReadOnlyList<HistoryEntry> Entries)> HistoryAsync(string reference, CancellationToken ct)
    {
        var paper = await store.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        return (paper, await store.HistoryAsync(paper.Id, ct));
    }
}
