using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence;

/// <summary>The product's tables. Open it through <see cref="DrucksachenDatabase.CreateFactory"/>, which names the provider.</summary>
public sealed class DrucksachenDbContext(DbContextOptions<DrucksachenDbContext> options)
    : IdentityDbContext<DrucksachenUser>(options), IDataProtectionKeyContext
{
    public DbSet<Paper> Papers => Set<Paper>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<Core.Documents.DocumentVersion> Documents => Set<Core.Documents.DocumentVersion>();
    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Core.Meetings.Meeting> Meetings => Set<Core.Meetings.Meeting>();
    public DbSet<Core.Meetings.AgendaItem> AgendaItems => Set<Core.Meetings.AgendaItem>();
    public DbSet<Core.Meetings.MeetingHistoryEntry> MeetingHistory => Set<Core.Meetings.MeetingHistoryEntry>();
    public DbSet<Core.Meetings.MeetingDocumentVersion> MeetingDocuments => Set<Core.Meetings.MeetingDocumentVersion>();

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every node of the web application.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The provider these options were made for.</summary>
    public IDatabaseProvider Provider => options.FindExtension<DatabaseProviderExtension>()?.Provider
        ?? throw new InvalidOperationException("the context options name no database provider; create them with DrucksachenDatabase.CreateFactory");

    protected override void ConfigureConventions(ModelConfigurationBuilder builder) => Provider.ConfigureConventions(builder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DrucksachenDbContext).Assembly);
    }
}
