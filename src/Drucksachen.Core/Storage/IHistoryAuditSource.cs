namespace Drucksachen.Core.Storage;

/// <summary>Opens the snapshots that verification reads.</summary>
public interface IHistoryAuditSource
{
    /// <summary>Opens a snapshot of every paper, history entry and document, for verification.</summary>
    Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct);
}
