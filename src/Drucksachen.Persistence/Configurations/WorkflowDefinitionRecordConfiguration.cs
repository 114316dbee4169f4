using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class WorkflowDefinitionRecordConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> definition)
    {
        definition.ToTable("WorkflowDefinitions");
        definition.HasKey(d => new { d.Name, d.Version });
        definition.Property(d => d.Source).IsRequired();
    }
}
