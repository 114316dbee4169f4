using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Numbers;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Core.Import;

/// <summary>
/// Stores imported papers as drafts on the latest version of their type's workflow, each with its
/// first history entry; the store is asked for that version once per workflow and import, so all
/// papers of one import of a type start on the same version. A historical paper that brings its
/// own number keeps it, and its history starts with a migration entry instead of an import.
/// An import is one transaction at any size: every paper or none. A large import ends by
/// compacting the search indexes, which it has added to in many small pieces.
/// </summary>
public sealed class ImportPapers(Storage.IPaperSessions sessions, Storage.ISearchMaintenance search, PaperWorkflowHost host, City city, TimeProvider clock)
{
    /// <summary>From this many papers on, an import ends by compacting the search indexes (see <see cref="Storage.ISearchMaintenance.CompactAsync"/>).</summary>
    public const int CompactSearchFrom = 1_000;

    /// <summary>The actor history names for papers imported without a user.</summary>
    public static ActorInfo ImportActor { get; } = new("import", "import");

    /// <summary>The history's action for a new paper.</summary>
    public const string ImportAction = "import";

    /// <summary>The history's action for a historical paper brought in with its number (a migration).</summary>
    public const string MigrationAction = "migrate";

    /// <summary>
    /// The user as importer of <paramref name="papers"/>, refused unless they may bring in every one:
    /// authors only drafts of their own office written by themselves, clerks drafts of any office,
    /// and only administrators historical papers with a number (a migration from an earlier system).
    /// </summary>
    public static ActorInfo ActorFor(UserProfile user, IReadOnlyList<ImportedPaper> papers)
    {
        if (user.Has(UserRoles.Admin)) return new ActorInfo(user.Id, UserRoles.Admin);
        if (papers.FirstOrDefault(p => p.Number is not null) is { } numbered)
            throw NotAllowed(numbered, "number",
                $"only administrators bring in historical papers with a number (a migration); {user.Id} imports drafts, which get their number at release");
        if (user.Has(UserRoles.Clerk)) return new ActorInfo(user.Id, UserRoles.Clerk);
        if (!user.Has(UserRoles.Author) || user.Office is null)
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"{user.Id} may not import papers (allowed: authors for their office, clerks, admins)");
        foreach (var paper in papers)
        {
            if (!string.Equals(paper.Content.LeadOffice, user.Office, StringComparison.OrdinalIgnoreCase))
                throw NotAllowed(paper, "lead", $"{user.Id} writes for {user.Office} and may import only its drafts, not those of {paper.Content.LeadOffice}");
            if (!Names(user, paper.Content.Author))
                throw NotAllowed(paper, "author", $"{user.Id} imports only papers written by themselves, not by '{paper.Content.Author}'");
        }
        return new ActorInfo(user.Id, UserRoles.Author);
    }

    // The author field holds a login name (import) or a display name (a form's draft).
    private static bool Names(UserProfile user, string author) =>
        string.Equals(author.Trim(), user.Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(author.Trim(), user.Name, StringComparison.OrdinalIgnoreCase);

    private static DrucksachenException NotAllowed(ImportedPaper paper, string field, string reason) =>
        new(ErrorKind.NotAllowed, $"{paper.Source}: field '{field}': {reason}; nothing was imported");

    public async Task<IReadOnlyList<Paper>> ExecuteAsync(IReadOnlyList<ImportedPaper> papers, ActorInfo actor, CancellationToken ct)
    {
        var stored = new List<Paper>(papers.Count);
        var workflows = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        await using (var session = sessions.OpenSession())
        {
            await session.BeginAsync(ct);
            foreach (var imported in papers) stored.Add(await ImportAsync(session, imported, actor, workflows, ct));
            await session.CommitAsync(ct);
        }
        if (stored.Count >= CompactSearchFrom)
            await search.CompactAsync(ct);
        return stored;
    }

    private async Task<Paper> ImportAsync(Storage.IPaperSession session, ImportedPaper imported, ActorInfo actor,
        Dictionary<string, WorkflowDefinition> workflows, CancellationToken ct)
    {
        var type = city.PaperType(imported.Content.Type);
        var now = clock.GetStoredNow();
        var paper = new Paper(imported.Content, now);
        var details = new JsonObject { ["source"] = Path.GetFileName(imported.Source) };
        if (imported.Number is { } number)
        {
            // The number only: the paper holding it may be one the importer must not learn about.
            if (await session.FindAsync(number, ct) is not null)
                throw new DrucksachenException(ErrorKind.Conflict, $"{imported.Source}: number {number} is already taken; nothing was imported");
            // The running counter is left alone: releases skip numbers taken this way instead of
            // jumping past them (see IPaperSession.NextNumberAsync).
            new NumberFormat(type.NumberFormat).TryParse(number, out var sequence, out var year);
            paper.AssignNumber(number, type.Series, year, sequence);
            details["number"] = number;
        }
        var name = type.Workflow ?? type.Name;
        if (!workflows.TryGetValue(name, out var workflow))
            workflows.Add(name, workflow = await host.Catalog.GetLatestAsync(name, ct));
        await host.StartAsync(session, paper, workflow, now, details, ct);
        session.Add(paper);
        HistoryChain.Append(session, paper, now, actor.Id, actor.Role, imported.Number is null ? ImportAction : MigrationAction,
            null, paper.State, details);
        return paper;
    }
}
