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
        // The column SearchKey, the indexes by it, and the two list order indexes (which end with
        // it, so that a text search can walk the list testing keys) are the database's own (see
        // the SearchInListOrder migration), not part of the model: a migration for another
        // database has to make them as well as its search tables.

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
