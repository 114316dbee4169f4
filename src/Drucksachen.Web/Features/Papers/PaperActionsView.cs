using System.Globalization;
using Drucksachen.Core.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Papers;

/// <summary>
/// What the action forms of one paper need: its id and version, the user's actions, where to return,
/// the date of the meeting an outcome is due for, the consultation whose outcome a correction replaces,
/// and, when a form came back with an error, what was entered in it (<paramref name="Entered"/>), so
/// the form shows it again instead of its defaults.
/// </summary>
/// <param name="ErrorField">The input field the last submission's error names (see <see cref="Core.Errors.InputException.Field"/>), shown at that field.</param>
/// <param name="Error">That error's message.</param>
public sealed record PaperActionsView(Guid PaperId, int Version, IReadOnlyList<AvailableAction> Actions, string ReturnUrl,
    DateOnly? MeetingDate = null, Consultation? Corrected = null, ActionForm? Entered = null, string? ErrorField = null, string? Error = null)
{
    /// <summary>
    /// The action forms of <paramref name="paper"/>: an outcome is due for the first consultation without
    /// one; the sequence records in order, so the last recorded consultation holds the outcome a
    /// correction replaces.
    /// </summary>
    public static PaperActionsView Of(Paper paper, IReadOnlyList<AvailableAction> actions, string returnUrl,
        ActionForm? entered = null, string? errorField = null, string? error = null) =>
        new(paper.Id, paper.Version, actions, returnUrl, paper.Consultations.FirstOrDefault(c => !c.IsRecorded)?.Date,
            paper.Consultations.LastOrDefault(c => c.IsRecorded), entered, errorField, error);

    /// <summary>"true" for the field the error names in the form of <paramref name="action"/>, else null (Razor then leaves aria-invalid out).</summary>
    public string? Invalid(string field, string action) => HasError(field, action) ? "true" : null;

    /// <summary>The id of the error message shown at <paramref name="field"/>, if the error names it.</summary>
    public string? ErrorId(string field, string action) => HasError(field, action) ? $"{IdPrefix}-{action}-{field}-fehler" : null;

    // A page can hold several outcome forms (record and correct): the error belongs to the one that was sent.
    private bool HasError(string field, string action) => ErrorField == field && Entered?.Action == action;

    /// <summary>Prefix for element ids, unique per paper on pages that list several.</summary>
    public string IdPrefix => "p" + PaperId.ToString("N")[..8];

    /// <summary>
    /// What was entered in the form of <paramref name="action"/>; else, for a correction, what was
    /// recorded (it states the outcome anew, starting from there); else an empty form.
    /// </summary>
    public ActionForm EnteredFor(AvailableAction action)
    {
        if (Entered is { } entered && entered.Action == action.Name) return entered;
        if (action.Kind == AvailableActionKind.Correct && Corrected is { } was)
        {
            var vote = was.Vote is { } v ? Vote.Parse(v) : null;
            return new ActionForm
            {
                Outcome = was.Outcome,
                Date = (was.OutcomeDate ?? was.Date).ToString("yyyy-MM-dd"),
                VoteMode = vote is null ? null : vote.Unanimous ? "einstimmig" : "zaehlung",
                Yes = vote is { Unanimous: false } ? vote.Yes.ToString(CultureInfo.InvariantCulture) : null,
                No = vote is { Unanimous: false } ? vote.No.ToString(CultureInfo.InvariantCulture) : null,
                Abstentions = vote is { Unanimous: false } ? vote.Abstentions.ToString(CultureInfo.InvariantCulture) : null,
            };
        }
        return new ActionForm { Date = MeetingDate?.ToString("yyyy-MM-dd") };
    }
}
