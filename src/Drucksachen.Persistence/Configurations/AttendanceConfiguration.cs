using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.ToTable("Attendance");
        attendance.HasKey(a => new { a.MeetingId, a.Member });
        attendance.Property(a => a.Status).HasConversion<string>();
    }
}
