using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Papers;

/// <summary>What the action forms of one paper need: its id and version, the user's actions, where to return.</summary>
public sealed record PaperActionsView(Guid PaperId, int Version, IReadOnlyList<AvailableAction> Actions, string ReturnUrl, DateOnly? MeetingDate = null)
{
    /// <summary>Prefix for element ids, unique per paper on pages that list several.</summary>
    public string IdPrefix => "p" + PaperId.ToString("N")[..8];
}
