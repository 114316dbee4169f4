using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.ToTable("Meetings");
        meeting.HasKey(m => m.Id);
        meeting.Property(m => m.Id).ValueGeneratedNever();
        meeting.Property(m => m.Body).IsRequired();
        meeting.Property(m => m.Number).IsRequired();
        meeting.Property(m => m.State).IsRequired();
        meeting.Property(m => m.Version).IsConcurrencyToken();
        meeting.HasIndex(m => m.Number).IsUnique();
        meeting.HasIndex(m => new { m.Body, m.NumberYear, m.NumberSequence }).IsUnique();
        meeting.HasIndex(m => new { m.Date, m.Start });
        meeting.HasIndex(m => new { m.Body, m.Date });

        meeting.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.Navigation(m => m.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        meeting.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.Navigation(m => m.Attendance).HasField("_attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
