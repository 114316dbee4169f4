using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Deadlines;

/// <summary>
/// Processes what fell due: every paper whose workflow waits for a moment up to now gets its due
/// timers fired and recorded (e.g. "Regelfrist versäumt"), each paper in its own transaction.
/// </summary>
public sealed class TickDeadlines(IDueWorkflows due, IPaperSessions sessions, PaperWorkflowHost host)
{
    /// <returns>The history entries written, in order.</returns>
    public async Task<IReadOnlyList<HistoryEntry>> ExecuteAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = StoredTime.Truncate(now);
        var written = new List<HistoryEntry>();
        foreach (var id in await due.DueAsync(now, ct))
        {
            try
            {
                written.AddRange(await TickAsync(id, now, ct));
            }
            catch (DrucksachenException e) when (e.Kind == ErrorKind.Conflict)
            {
                // Someone acted on the paper meanwhile; that action fired the due timers itself.
            }
        }
        return written;
    }

    private async Task<IReadOnlyList<HistoryEntry>> TickAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        var paper = await session.FindAsync(id, ct);
        if (paper is null) return [];
        var definition = await host.DefinitionAsync(paper, ct);
        var transitions = host.Runner.Tick(definition, WorkflowInstance.FromJson(paper.Workflow.InstanceJson), now, host.ContextFor(paper));
        if (transitions.Count == 0) return [];

        await session.BeginAsync(ct);
        var entries = new List<HistoryEntry>(transitions.Count);
        foreach (var transition in transitions)
            entries.Add(await host.ApplyAsync(session, paper, definition, transition, ActorInfo.System, null, null, now, ct));
        await session.CommitAsync(ct);
        return entries;
    }
}
