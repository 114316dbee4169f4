using Drucksachen.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>Keeps every version of every workflow definition, so running papers keep theirs.</summary>
public sealed class EfWorkflowDefinitionStore(IDbContextFactory<DrucksachenDbContext> contexts) : IWorkflowDefinitionStore
{
    public async Task<StoredDefinition?> GetLatestAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.Name == name)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        return record is null ? null : ToStored(record);
    }

    public async Task<int?> GetLatestVersionAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.WorkflowDefinitions.Where(d => d.Name == name).MaxAsync(d => (int?)d.Version, ct);
    }

    public async Task<StoredDefinition?> GetAsync(string name, int version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.WorkflowDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name && d.Version == version, ct);
        return record is null ? null : ToStored(record);
    }

    public async Task AddAsync(StoredDefinition definition, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord
        {
            Name = definition.Name,
            Version = definition.Version,
            ContentHash = definition.ContentHash,
            Source = definition.Source,
            FileName = definition.FileName,
            LoadedAt = definition.LoadedAt,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        // The table's one unique key is its primary key, name and version.
        catch (DbUpdateException e) when (e.InnerException is { } inner && db.Provider.ViolatedConstraint(inner) is not null)
        {
            throw new DefinitionVersionTakenException(definition.Name, definition.Version, e);
        }
    }

    private static StoredDefinition ToStored(WorkflowDefinitionRecord r) =>
        new(r.Name, r.Version, r.ContentHash, r.Source, r.FileName, r.LoadedAt);
}
