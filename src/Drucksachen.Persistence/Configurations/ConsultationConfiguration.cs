using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> consultation)
    {
        consultation.ToTable("Consultations");
        consultation.HasKey(c => c.Id);
        consultation.Property(c => c.Id).ValueGeneratedNever();
        consultation.Property(c => c.Body).IsRequired();
        consultation.Property(c => c.Role).HasConversion<string>();
        consultation.Property(c => c.Origin).HasConversion<string>();
        consultation.HasIndex(c => new { c.PaperId, c.Position });
        consultation.HasIndex(c => new { c.Body, c.Date });
        // Whether a body consults a paper: the body filter of lists and the council members' access rule.
        consultation.HasIndex(c => new { c.PaperId, c.Body });
    }
}
