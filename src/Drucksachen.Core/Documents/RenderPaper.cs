using System.Text.Json.Nodes;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Documents;

/// <summary>
/// Renders a paper as it stands now, outside any workflow step, and stores the PDF as its next
/// numbered version with a history entry, like the render-document effect does at release.
/// </summary>
public sealed class RenderPaper(IPaperStore store, RenderDocumentEffect render, TimeProvider clock)
{
    /// <returns>The stored version, with its content.</returns>
    public async Task<(Paper Paper, DocumentVersion Document, IReadOnlyList<string> Problems)> ExecuteAsync(
        string reference, ActorInfo actor, CancellationToken ct)
    {
        await using var session = store.OpenSession();
        var paper = await session.FindAsync(reference, ct) ?? throw PaperErrors.NotFound(reference);
        var now = clock.GetUtcNow();
        await session.BeginAsync(ct);
        var details = new JsonObject();
        var document = await render.StoreAsync(new EffectScope(session, paper, new EffectCall(render.Name), now, details), ct);
        HistoryChain.Append(session, paper, now, actor.Id, actor.Role, "render", paper.State, paper.State, details);
        await session.CommitAsync(ct);
        var problems = details["document"]?["problems"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [];
        return (paper, document, problems);
    }
}
