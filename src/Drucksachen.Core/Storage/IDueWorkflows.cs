namespace Drucksachen.Core.Storage;

/// <summary>The papers whose workflow timers are due.</summary>
public interface IDueWorkflows
{
    /// <summary>Ids of papers whose workflow waits for a moment at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, CancellationToken ct);
}
