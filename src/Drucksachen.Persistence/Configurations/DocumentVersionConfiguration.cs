using Drucksachen.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> document)
    {
        document.ToTable("DocumentVersions");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.HasIndex(d => new { d.PaperId, d.Version }).IsUnique();
        document.Property(d => d.FileName).IsRequired();
        document.Property(d => d.Sha512).IsRequired();
        document.HasOne<Core.Papers.Paper>().WithMany().HasForeignKey(d => d.PaperId).OnDelete(DeleteBehavior.Restrict);
    }
}
