using System.Text.Json.Nodes;
using Drucksachen.Core.Access;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Documents;

/// <summary>
/// Renders a paper as it stands now, outside any workflow step, and stores the PDF as its next
/// numbered version with a history entry, like the render-document effect does at release.
/// <para>
/// A new version is part of the record, so only who keeps the paper may add one: clerks, admins and
/// approvers for any paper, an author of the lead office while the paper is still with the office
/// (before release). Council members and other offices never; a user who may not see the paper
/// learns nothing about it (the same "no paper" as for a missing one).
/// </para>
/// A caller that delivers the PDF somewhere (a file) does so in <c>deliver</c>, before the
/// transaction commits: if delivering fails, neither the version nor its entry is stored.
/// </summary>
public sealed class RenderPaper(IPaperSessions sessions, RenderDocumentEffect render, TimeProvider clock)
{
    /// <summary>Roles that may render any paper, in the order the history names them.</summary>
    public static IReadOnlyList<string> KeepingRoles { get; } = [UserRoles.Clerk, UserRoles.Admin, UserRoles.Approver];

    /// <param name="reference">Number or id.</param>
    /// <param name="user">Who renders; null for the system (the command line without a user).</param>
    /// <param name="ct">Cancels before the commit.</param>
    /// <returns>The stored version, with its content.</returns>
    public async Task<(Paper Paper, DocumentVersion Document, IReadOnlyList<string> Problems)> ExecuteAsync(
        string reference, UserProfile? user, CancellationToken ct, Func<DocumentVersion, CancellationToken, Task>? deliver = null)
    {
        await using var session = sessions.OpenSession();
        var found = await session.FindAsync(reference, ct);
        var paper = user is null ? found ?? throw PaperErrors.NotFound(reference) : PaperAccess.Require(user, found, reference);
        var actor = user is null ? ActorInfo.System : new ActorInfo(user.Id, RoleFor(user, paper));
        var now = clock.GetStoredNow();
        await session.BeginAsync(ct);
        var details = new JsonObject();
        var document = await render.StoreAsync(new EffectScope(session, paper, new EffectCall(render.Name), now, details), ct);
        HistoryChain.Append(session, paper, now, actor.Id, actor.Role, "render", paper.State, paper.State, details);
        if (deliver is not null) await deliver(document, ct);
        await session.CommitAsync(ct);
        var problems = details["document"]?["problems"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [];
        return (paper, document, problems);
    }

    private static string RoleFor(UserProfile user, Paper paper)
    {
        if (KeepingRoles.FirstOrDefault(user.Has) is { } role) return role;
        if (PaperActors.For(user, paper).Roles.Contains(UserRoles.Author))
        {
            return paper.ReleasedAt is null
                ? UserRoles.Author
                : throw new DrucksachenException(ErrorKind.NotAllowed,
                    $"Drucksache {paper.Reference} is released; new PDF versions are made by the clerks (Sitzungsdienst) now");
        }
        throw new DrucksachenException(ErrorKind.NotAllowed,
            $"{user.Id} may not render Drucksache {paper.Reference} (allowed: {string.Join(", ", KeepingRoles)}, and authors of {paper.LeadOffice} before release)");
    }
}
