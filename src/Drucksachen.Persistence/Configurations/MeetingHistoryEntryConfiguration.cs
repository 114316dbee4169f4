using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class MeetingHistoryEntryConfiguration : IEntityTypeConfiguration<MeetingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<MeetingHistoryEntry> entry)
    {
        entry.ToTable("MeetingHistoryEntries");
        entry.HasKey(e => e.Id);
        entry.HasIndex(e => new { e.MeetingId, e.Sequence }).IsUnique();
        entry.Property(e => e.Actor).IsRequired();
        entry.Property(e => e.Action).IsRequired();
        entry.Property(e => e.Hash).IsRequired();
        entry.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
