using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Numbers;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;

namespace Drucksachen.Core.Import;

/// <summary>
/// Stores imported papers as drafts on the latest version of their type's workflow, each with its
/// first history entry. A paper that brings its own number keeps it and the number is marked taken.
/// Papers are written in batches, each batch all or nothing. A large import ends by compacting
/// the search indexes, which it has added to in many small pieces.
/// </summary>
public sealed class ImportPapers(Storage.IPaperStore store, PaperWorkflowHost host, City city, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>From this many papers on, an import ends by compacting the search indexes (see <see cref="Storage.IPaperStore.CompactSearchAsync"/>).</summary>
    public const int CompactSearchFrom = 1_000;

    /// <summary>The actor history names for papers imported without a user.</summary>
    public static ActorInfo ImportActor { get; } = new("import", "import");

    /// <summary>Roles that may import papers, in the order the history names them.</summary>
    public static IReadOnlyList<string> ImportingRoles { get; } = ["author", "clerk", "admin"];

    /// <summary>The user as importer; refused unless they write or keep papers.</summary>
    public static ActorInfo ActorFor(UserProfile user) =>
        ImportingRoles.FirstOrDefault(user.Roles.Contains) is { } role
            ? new ActorInfo(user.Id, role)
            : throw new DrucksachenException(ErrorKind.NotAllowed,
                $"{user.Id} may not import papers (roles allowed: {string.Join(", ", ImportingRoles)})");

    public async Task<IReadOnlyList<Paper>> ExecuteAsync(IReadOnlyList<ImportedPaper> papers, ActorInfo actor, CancellationToken ct)
    {
        var stored = new List<Paper>(papers.Count);
        foreach (var batch in papers.Chunk(BatchSize))
        {
            await using var session = store.OpenSession();
            await session.BeginAsync(ct);
            foreach (var imported in batch) stored.Add(await ImportAsync(session, imported, actor, ct));
            await session.CommitAsync(ct);
        }
        if (stored.Count >= CompactSearchFrom)
            await store.CompactSearchAsync(ct);
        return stored;
    }

    private async Task<Paper> ImportAsync(Storage.IPaperSession session, ImportedPaper imported, ActorInfo actor, CancellationToken ct)
    {
        var type = city.PaperType(imported.Content.Type);
        var now = clock.GetUtcNow();
        var paper = new Paper(imported.Content, now);
        var details = new JsonObject { ["source"] = Path.GetFileName(imported.Source) };
        if (imported.Number is { } number)
        {
            if (await session.FindAsync(number, ct) is { } holder)
                throw new DrucksachenException(ErrorKind.Conflict,
                    $"{imported.Source}: number {number} is already taken by \"{holder.Title}\"; nothing was imported");
            new NumberFormat(type.NumberFormat).TryParse(number, out var sequence, out var year);
            await session.ReserveNumberAsync(type.Series, year, sequence, ct);
            paper.AssignNumber(number, type.Series, year, sequence);
            details["number"] = number;
        }
        await host.StartAsync(session, paper, type.Workflow ?? type.Name, now, details, ct);
        session.Add(paper);
        HistoryChain.Append(session, paper, now, actor.Id, actor.Role, "import", null, paper.State, details);
        return paper;
    }
}
