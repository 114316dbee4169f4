using Drucksachen.Core.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> entry)
    {
        entry.ToTable("HistoryEntries");
        entry.HasKey(e => e.Id);
        entry.HasIndex(e => new { e.PaperId, e.Sequence }).IsUnique();
        entry.Property(e => e.Actor).IsRequired();
        entry.Property(e => e.Action).IsRequired();
        entry.Property(e => e.Hash).IsRequired();
        entry.HasOne<Core.Papers.Paper>().WithMany().HasForeignKey(e => e.PaperId).OnDelete(DeleteBehavior.Restrict);
    }
}
