namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>The stored values of a paper's rows as loaded (see <see cref="TableMap.Values"/>), to write back only what changed.</summary>
internal sealed record PaperSnapshot(object?[] Paper, object?[] Workflow, Dictionary<Guid, object?[]> Consultations);
