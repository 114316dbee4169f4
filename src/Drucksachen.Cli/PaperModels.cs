using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;

namespace Drucksachen.Cli;

/// <summary>The JSON shapes the commands print with --json.</summary>
internal static class PaperModels
{
    public sealed record Summary(Guid Id, string? Number, string Type, string Title, string State, bool Public, DateOnly Date, string Lead, int Version);

    public sealed record ConsultationModel(int Position, string Body, string BodyName, DateOnly Date, bool Public, string Role,
        string Origin, string? Outcome, string? OutcomeLabel, DateOnly? OutcomeDate, string? Vote, string? Note);

    /// <param name="ReasonRequired">The action is refused without a reason (<c>--comment</c>).</param>
    public sealed record ActionModel(string Name, string Label, IReadOnlyList<string> Roles, string? To,
        IReadOnlyList<string>? Outcomes, IReadOnlyList<string>? Participants, bool ReasonRequired);

    public sealed record DeadlineModel(DateTimeOffset Regular, DateTimeOffset? Urgent, string Body, DateOnly Meeting);

    public sealed record Detail(Guid Id, string? Number, string Type, string Title, string State, string StateLabel, bool Finished,
        bool Public, DateOnly Date, string Lead, string Author, string Signature, IReadOnlyList<string> Cosigners,
        string Deadline, DeadlineModel? ReleaseDeadline, int Version, string Workflow,
        IReadOnlyList<ConsultationModel> Consultations, IReadOnlyList<ActionModel> Actions,
        IReadOnlyList<string> Sections, IReadOnlyList<string> Attachments);

    public sealed record Entry(int Sequence, DateTimeOffset At, string Actor, string Role, string Action, string? From, string To,
        JsonNode? Details, string Hash);

    public static Summary ToSummary(Paper p) =>
        new(p.Id, p.Number, p.Type, p.Title, p.State, p.IsPublic, p.Date, p.LeadOffice, p.Version);

    public static Detail ToDetail(PaperView view, City city)
    {
        var p = view.Paper;
        return new Detail(p.Id, p.Number, p.Type, p.Title, p.State, view.StateLabel, p.IsFinished, p.IsPublic, p.Date,
            p.LeadOffice, p.Author, p.Signature, p.Cosigners, p.Deadline.ToString(),
            view.Deadlines is { } d ? new DeadlineModel(d.Regular, d.Urgent, d.Body, d.Meeting) : null,
            p.Version, $"{p.Workflow.DefinitionName} v{p.Workflow.DefinitionVersion}",
            p.Consultations.Select(c => ToModel(c, city)).ToList(),
            view.Actions.Select(a => new ActionModel(a.Name, a.Label, a.Roles, a.To,
                a.Outcomes.Count > 0 ? a.Outcomes.Select(o => o.Name).ToList() : null,
                a.Participants.Count > 0 ? a.Participants : null, a.RequiresReason)).ToList(),
            p.Sections.Keys.ToList(), p.Attachments);
    }

    public static ConsultationModel ToModel(Consultation c, City city) =>
        new(c.Position, c.Body, city.FindBody(c.Body)?.Name ?? c.Body, c.Date, c.IsPublic, ConsultationRoles.German(c.Role),
            c.Origin.ToString(), c.Outcome, c.Outcome is null ? null : Outcome.Label(c.Outcome), c.OutcomeDate, c.Vote, c.Note);

    public static Entry ToModel(HistoryEntry e) =>
        new(e.Sequence, e.At, e.Actor, e.Role, e.Action, e.FromState, e.ToState, JsonNode.Parse(e.Details), e.Hash);
}
