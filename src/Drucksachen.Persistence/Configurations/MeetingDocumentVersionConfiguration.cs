using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class MeetingDocumentVersionConfiguration : IEntityTypeConfiguration<MeetingDocumentVersion>
{
    public void Configure(EntityTypeBuilder<MeetingDocumentVersion> document)
    {
        document.ToTable("MeetingDocuments");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.HasIndex(d => new { d.MeetingId, d.Version }).IsUnique();
        document.Property(d => d.Kind).IsRequired();
        document.Property(d => d.FileName).IsRequired();
        document.Property(d => d.Sha512).IsRequired();
        document.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
