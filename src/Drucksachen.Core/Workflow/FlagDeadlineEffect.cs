using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Workflow;

/// <summary>Marks a paper that missed a notice period: "flag-urgent" or "flag-late".</summary>
public sealed class FlagDeadlineEffect(DeadlineStatus status) : IPaperEffect
{
    public string Name => status == DeadlineStatus.Late ? "flag-late" : "flag-urgent";

    public Task ApplyAsync(EffectScope scope, CancellationToken ct)
    {
        scope.Paper.FlagDeadline(status);
        scope.Details["deadline"] = status == DeadlineStatus.Late ? "late" : "urgent";
        return Task.CompletedTask;
    }
}
