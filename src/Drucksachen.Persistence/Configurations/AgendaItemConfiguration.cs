using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> item)
    {
        item.ToTable("AgendaItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).ValueGeneratedNever();
        item.Property(i => i.Kind).HasConversion<string>();
        item.Property(i => i.Marking).HasConversion<string>();
        // A consultation is on one agenda at most, also when two clerks place it at once.
        item.HasIndex(i => i.ConsultationId).IsUnique();
        item.HasIndex(i => i.PaperId);
        item.HasOne<Core.Papers.Consultation>().WithMany().HasForeignKey(i => i.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}
