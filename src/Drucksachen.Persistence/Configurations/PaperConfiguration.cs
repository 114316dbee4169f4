using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> paper)
    {
        paper.ToTable("Papers");
        paper.HasKey(p => p.Id);
        paper.Property(p => p.Type).IsRequired();
        paper.Property(p => p.Title).IsRequired();
        paper.Property(p => p.Sections).AsJson();
        paper.PrimitiveCollection(p => p.Attachments).IsRequired();
        // A primitive collection, so queries can ask whether an office co-signs.
        paper.PrimitiveCollection(p => p.Cosigners).IsRequired();
        paper.Property(p => p.Deadline).HasConversion<string>();
        paper.Property(p => p.Version).IsConcurrencyToken();
        paper.HasIndex(p => p.Number).IsUnique();
        paper.HasIndex(p => new { p.NumberSeries, p.NumberYear, p.NumberSequence }).IsUnique();
        paper.HasIndex(p => p.State);
        // Lists show the newest number first; this index gives them their order without a sort, and
        // holds what the access rule and the list filters test, so that counts and deep pages
        // (OFFSET) read only the index, not the paper rows.
        paper.HasIndex(p => new
            {
                p.NumberYear, p.NumberSequence, p.CreatedAt, p.Id,
                p.ReleasedAt, p.IsPublic, p.Type, p.State, p.IsFinished, p.Deadline,
            }, "IX_Papers_ListOrder")
            .IsDescending(true, true, true, false, false, false, false, false, false, false);
        // The public list (anonymous visitors, the most asked) has an index of its own, holding only
        // released public papers: counting them and skipping to a deep page test no row, so they take
        // a fraction of the time. SQLite uses it where a query filters exactly "ReleasedAt IS NOT NULL
        // AND IsPublic", as PaperAccess does for viewers who see public papers only.
        paper.HasIndex(p => new { p.NumberYear, p.NumberSequence, p.CreatedAt, p.Id, p.ReleasedAt, p.IsPublic }, "IX_Papers_PublicListOrder")
            .IsDescending(true, true, true, false, false, false)
            .HasFilter("\"ReleasedAt\" IS NOT NULL AND \"IsPublic\"");
        // The column SearchKey and its indexes, which text search hits go through, are the
        // database's own (see the PaperSearchKeys migration), not part of the model.

        paper.HasMany(p => p.Consultations).WithOne().HasForeignKey(c => c.PaperId).OnDelete(DeleteBehavior.Cascade);
        paper.Navigation(p => p.Consultations).HasField("_consultations").UsePropertyAccessMode(PropertyAccessMode.Field);

        paper.OwnsOne(p => p.Workflow, workflow =>
        {
            workflow.ToTable("WorkflowInstances");
            workflow.WithOwner().HasForeignKey("PaperId");
            workflow.Property(w => w.DefinitionName).IsRequired();
            workflow.Property(w => w.InstanceJson).IsRequired();
            workflow.HasIndex(w => w.NextDueAt);
        });
        paper.Navigation(p => p.Workflow).IsRequired();
    }
}
