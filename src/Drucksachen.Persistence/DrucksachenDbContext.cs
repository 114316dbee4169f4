using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Persistence.Configurations;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence;

public sealed class DrucksachenDbContext(DbContextOptions<DrucksachenDbContext> options)
    : IdentityDbContext<DrucksachenUser>(options)
{
    public DbSet<Paper> Papers => Set<Paper>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<Core.Documents.DocumentVersion> Documents => Set<Core.Documents.DocumentVersion>();
    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Stored as sortable UTC text so SQLite can compare and order them.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTextConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DrucksachenDbContext).Assembly);
    }
}
