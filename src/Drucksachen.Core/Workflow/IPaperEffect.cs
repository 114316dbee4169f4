namespace Drucksachen.Core.Workflow;

/// <summary>
/// A workflow effect the paper domain performs when a definition in workflows/ names it. Runs
/// inside the write transaction of the transition, so it is undone with it.
/// </summary>
public interface IPaperEffect
{
    /// <summary>The name definitions use, e.g. "assign-number".</summary>
    string Name { get; }

    Task ApplyAsync(EffectScope scope, CancellationToken ct);
}
