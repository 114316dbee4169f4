using System.Text.Json.Nodes;
using Drucksachen.Core.Access;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;
using Drucksachen.Web.Features.Papers;

namespace Drucksachen.Web.Api.Papers;

/// <summary>The JSON shapes of the papers API (the CLI's --json shapes, plus links).</summary>
public static class PaperModels
{
    /// <param name="Reference">The number, or the id's first eight digits while there is none.</param>
    /// <param name="Url">The paper in this API.</param>
    public sealed record PaperSummary(Guid Id, string? Number, string Reference, string Type, string Title, string State,
        bool Public, DateOnly Date, string Lead, int Version, string Url);

    /// <param name="Total">All papers that match and that the caller may see; a search with text counts up to 1,000.</param>
    /// <param name="MoreThanTotal">A search with text found more than Total papers; pages reach as far as Total.</param>
    /// <param name="Page">1-based.</param>
    public sealed record PaperPage(IReadOnlyList<PaperSummary> Items, int Total, bool MoreThanTotal, int Page, int PageSize);

    public sealed record ConsultationModel(int Position, string Body, string BodyName, DateOnly Date, bool Public, string Role,
        string Origin, string? Outcome, string? OutcomeLabel, DateOnly? OutcomeDate, string? Vote, string? Note);

    /// <param name="Allowed">Whether the caller may take this action now.</param>
    /// <param name="Url">Where to POST it.</param>
    /// <param name="ReasonRequired">The action is refused without a reason in <c>comment</c> (sending back, withdrawing).</param>
    public sealed record ActionModel(string Name, string Label, IReadOnlyList<string> Roles, string? To,
        IReadOnlyList<string>? Outcomes, IReadOnlyList<string>? Participants, bool Allowed, string Url, bool ReasonRequired);

    public sealed record DeadlineModel(DateTimeOffset Regular, DateTimeOffset? Urgent, string Body, DateOnly Meeting);

    /// <param name="Author">Who wrote it; for staff who work on the paper only (else null).</param>
    /// <param name="Sections">Markdown of each section, by key (sachverhalt, beschlussvorschlag, ...).</param>
    public sealed record PaperDetail(Guid Id, string? Number, string Reference, string Type, string Title, string State,
        string StateLabel, bool Finished, bool Public, DateOnly Date, string Lead, string? Author, string Signature,
        IReadOnlyList<string> Cosigners, string Deadline, DeadlineModel? ReleaseDeadline, int Version, string Workflow,
        IReadOnlyList<ConsultationModel> Consultations, IReadOnlyList<ActionModel> Actions,
        IReadOnlyDictionary<string, string> Sections, IReadOnlyList<string> Attachments, string HistoryUrl, string DocumentsUrl);

    /// <summary>
    /// A history entry. Staff who work on the paper get every entry whole; everyone else the
    /// paper's public course, where only <see cref="At"/> and <see cref="Text"/> are given.
    /// </summary>
    /// <param name="Text">What happened, in German.</param>
    public sealed record HistoryEntryModel(int? Sequence, DateTimeOffset At, string Text, string? Actor, string? Role, string? Action,
        string? From, string? To, JsonNode? Details, string? Hash);

    /// <summary>Body of POST /api/papers/{id}/actions/{action}; every field optional, as for `drucksachen act`.</summary>
    /// <param name="Outcome">For record and correct: noted, recommended, approved, approved-with-changes, rejected, deferred, referred, withdrawn.</param>
    /// <param name="Date">For record: the day the body dealt with it (default: the planned meeting day).</param>
    /// <param name="Vote">For record: YES/NO/ABSTENTIONS, e.g. 12/3/1, or "einstimmig".</param>
    /// <param name="Comment">Kept in the history; for correct, its reason (required).</param>
    /// <param name="Body">For referred: the body the paper is referred to.</param>
    /// <param name="NextDate">For deferred and referred: the day of the meeting that takes it up.</param>
    /// <param name="ExpectedVersion">Fail with 409 unless the paper is still at this version.</param>
    /// <param name="Confirmed">Take input that needs confirmation (a 400 with needsConfirmation true), e.g. a deferral past the decision's date.</param>
    public sealed record ActionRequest(string? Outcome = null, string? Date = null, string? Vote = null, string? Comment = null,
        string? Body = null, string? NextDate = null, int? ExpectedVersion = null, bool Confirmed = false);

    public sealed record ActionResponse(PaperSummary Paper, IReadOnlyList<HistoryEntryModel> Entries);

    /// <summary>Body of a JSON import: all papers or none.</summary>
    public sealed record ImportRequest(IReadOnlyList<ImportFile> Papers);

    /// <param name="Name">A file name for messages (default: papers[i]).</param>
    /// <param name="Markdown">Markdown with YAML front matter, as for `drucksachen import`.</param>
    public sealed record ImportFile(string? Name, string Markdown);

    public sealed record DocumentModel(int Version, string FileName, long Size, string Sha512, bool Final, string Template,
        DateTimeOffset CreatedAt, string Url);

    public sealed record RenderResponse(string Paper, DocumentModel Document, IReadOnlyList<string> Problems);

    public static string Url(Paper p) => $"/api/papers/{p.Id}";

    public static PaperSummary ToSummary(Paper p) =>
        new(p.Id, p.Number, p.Reference, p.Type, p.Title, p.State, p.IsPublic, p.Date, p.LeadOffice, p.Version, Url(p));

    public static PaperSummary ToSummary(Core.Storage.PaperSummary p) =>
        new(p.Id, p.Number, p.Reference, p.Type, p.Title, p.State, p.IsPublic, p.Date, p.LeadOffice, p.Version, $"/api/papers/{p.Id}");

    public static PaperDetail ToDetail(PaperView view, City city, UserProfile? caller)
    {
        var p = view.Paper;
        var actor = caller is null ? null : PaperActors.For(caller, p);
        return new PaperDetail(p.Id, p.Number, p.Reference, p.Type, p.Title, p.State, view.StateLabel, p.IsFinished, p.IsPublic,
            p.Date, p.LeadOffice, PaperAccess.SeesInternalHistory(caller, p) ? p.Author : null, p.Signature, p.Cosigners, p.Deadline.ToString(),
            view.Deadlines is { } d ? new DeadlineModel(d.Regular, d.Urgent, d.Body, d.Meeting) : null,
            p.Version, $"{p.Workflow.DefinitionName} v{p.Workflow.DefinitionVersion}",
            p.Consultations.Select(c => ToModel(c, city)).ToList(),
            view.Actions.Select(a => new ActionModel(a.Name, a.Label, a.Roles, a.To,
                a.Outcomes.Count > 0 ? a.Outcomes.Select(o => o.Name).ToList() : null,
                a.Participants.Count > 0 ? a.Participants : null,
                actor is not null && a.Roles.Any(actor.Roles.Contains)
                    && (a.Participants.Count == 0 || a.Participants.Any(actor.Groups.Contains) || !a.Roles.Contains(PaperActors.Cosigner)),
                $"{Url(p)}/actions/{a.Name}", a.RequiresReason)).ToList(),
            p.Sections, p.Attachments, $"{Url(p)}/history", $"{Url(p)}/documents");
    }

    public static ConsultationModel ToModel(Consultation c, City city) =>
        new(c.Position, c.Body, city.FindBody(c.Body)?.Name ?? c.Body, c.Date, c.IsPublic, ConsultationRoles.German(c.Role),
            c.Origin.ToString(), c.Outcome, c.Outcome is null ? null : Outcome.Label(c.Outcome), c.OutcomeDate, c.Vote, c.Note);

    public static HistoryEntryModel ToModel(HistoryEntry e) =>
        new(e.Sequence, e.At, Labels.Action(e.Action), e.Actor, e.Role, e.Action, e.FromState, e.ToState, JsonNode.Parse(e.Details), e.Hash);

    public static HistoryEntryModel ToModel(PublicHistoryEntry e) => new(null, e.At, e.Text, null, null, null, null, null, null, null);

    public static DocumentModel ToModel(DocumentVersion d) =>
        new(d.Version, d.FileName, d.Size, d.Sha512, d.IsFinal, d.Template, d.CreatedAt, $"/api/papers/{d.PaperId}/documents/{d.Version}");
}
