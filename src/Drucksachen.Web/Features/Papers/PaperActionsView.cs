using Drucksachen.Core.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Papers;

/// <summary>
/// What the action forms of one paper need: its id and version, the user's actions, where to return,
/// the date of the meeting an outcome is due for, and the consultation whose outcome a correction replaces.
/// </summary>
/// <param name="ErrorField">The input field the last submission's error names (see <see cref="Core.Errors.InputException.Field"/>), shown at that field.</param>
/// <param name="Error">That error's message.</param>
public sealed record PaperActionsView(Guid PaperId, int Version, IReadOnlyList<AvailableAction> Actions, string ReturnUrl,
    DateOnly? MeetingDate = null, Consultation? Corrected = null, string? ErrorField = null, string? Error = null)
{
    /// <summary>"true" for the field the error names, else null (Razor then leaves aria-invalid out).</summary>
    public string? Invalid(string field) => ErrorField == field ? "true" : null;

    /// <summary>The id of the error message shown at <paramref name="field"/>, if the error names it.</summary>
    public string? ErrorId(string field) => ErrorField == field ? $"{IdPrefix}-{field}-fehler" : null;

    /// <summary>Prefix for element ids, unique per paper on pages that list several.</summary>
    public string IdPrefix => "p" + PaperId.ToString("N")[..8];
}
