using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence;

public sealed class DrucksachenDbContext(DbContextOptions<DrucksachenDbContext> options) : DbContext(options)
{
    public DbSet<Paper> Papers => Set<Paper>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<Core.Documents.DocumentVersion> Documents => Set<Core.Documents.DocumentVersion>();
    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Stored as sortable UTC text so SQLite can compare and order them.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTextConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DrucksachenDbContext).Assembly);
}
