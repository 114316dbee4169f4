using System.Text.Json.Nodes;
using Drucksachen.Core.Access;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;

namespace Drucksachen.Core.Drafts;

/// <summary>
/// Changes a draft's content and planned advisory sequence. Only an author of the lead office may,
/// only in the workflow's start state (Entwurf) and before release; the change is one history
/// entry "edit" naming the changed fields.
/// </summary>
public sealed class EditDraft(IPaperSessions sessions, PaperWorkflowHost host, DraftValidator validator, IUserDirectory users, TimeProvider clock)
{
    public async Task<Paper> ExecuteAsync(string reference, DraftInput input, string userId, int? expectedVersion, CancellationToken ct)
    {
        var user = await users.GetAsync(userId, ct);
        await using var session = sessions.OpenSession();
        var paper = PaperAccess.Require(user, await session.FindAsync(reference, ct), reference);
        if (expectedVersion is { } expected && expected != paper.Version)
            throw new DrucksachenException(ErrorKind.Conflict,
                $"Drucksache {paper.Reference} was changed meanwhile (you saw version {expected}, it is now {paper.Version}); reload and try again");
        if (!PaperActors.For(user, paper).Roles.Contains(UserRoles.Author))
            throw new DrucksachenException(ErrorKind.NotAllowed, $"only authors of {paper.LeadOffice} may edit Drucksache {paper.Reference}");
        var definition = await host.DefinitionAsync(paper, ct);
        if (paper.State != definition.Start || paper.Number is not null)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"Drucksache {paper.Reference} is no longer a draft (state {paper.State}); only drafts can be edited");

        var (date, cosigners, consultations) = validator.Validate(input, paper.LeadOffice, paper.Consultations);
        var sections = input.Sections.ToDictionary(s => s.Key, s => s.Value.Replace("\r\n", "\n").Trim());
        var attachments = input.Attachments.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var changed = Changes(paper, input.Title.Trim(), date, input.IsPublic, input.Signature.Trim(), sections, attachments, cosigners, consultations);

        // Saving an unchanged form (e.g. "Einreichen" right after "Speichern") leaves the history alone.
        if (changed.Count == 0) return paper;
        var now = clock.GetStoredNow();
        await session.BeginAsync(ct);
        paper.Revise(input.Title.Trim(), date, input.IsPublic, input.Signature.Trim(), sections, attachments, cosigners);
        paper.SetConsultations(consultations);
        HistoryChain.Append(session, paper, now, user.Id, UserRoles.Author, "edit", paper.State, paper.State,
            new JsonObject { ["changed"] = new JsonArray([.. changed.Select(c => JsonValue.Create(c))]) });
        await session.CommitAsync(ct);
        return paper;
    }

    private static List<string> Changes(Paper paper, string title, DateOnly date, bool isPublic, string signature,
        Dictionary<string, string> sections, List<string> attachments, List<string> cosigners, List<Consultation> consultations)
    {
        var changed = new List<string>();
        if (paper.Title != title) changed.Add("title");
        if (paper.Date != date) changed.Add("date");
        if (paper.IsPublic != isPublic) changed.Add("public");
        if (paper.Signature != signature) changed.Add("signature");
        if (paper.Sections.Count != sections.Count || paper.Sections.Any(s => !sections.TryGetValue(s.Key, out var v) || v != s.Value))
            changed.Add("sections");
        if (!paper.Attachments.SequenceEqual(attachments)) changed.Add("attachments");
        if (!paper.Cosigners.SequenceEqual(cosigners)) changed.Add("cosigners");
        if (!paper.Consultations.Select(c => c.Id).SequenceEqual(consultations.Select(c => c.Id))) changed.Add("consultations");
        return changed;
    }
}
