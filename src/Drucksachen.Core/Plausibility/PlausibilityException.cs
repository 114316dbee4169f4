using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Plausibility;

/// <summary>
/// Input that is well-formed but implausible (an outcome for a meeting still to come, a deferral past
/// the decision). <see cref="German"/> is the sentence a clerk reads next to the form field;
/// <see cref="NeedsConfirmation"/> means the same input is taken when explicitly confirmed.
/// </summary>
public sealed class PlausibilityException(string field, string reason, string german, bool needsConfirmation = false)
    : InputException(null, null, field, reason)
{
    public string German { get; } = german;

    public bool NeedsConfirmation { get; } = needsConfirmation;
}
