using Drucksachen.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drucksachen.Persistence.Configurations;

internal sealed class DrucksachenUserConfiguration : IEntityTypeConfiguration<DrucksachenUser>
{
    public void Configure(EntityTypeBuilder<DrucksachenUser> user)
    {
        user.Property(u => u.DisplayName).IsRequired();
        user.PrimitiveCollection(u => u.Bodies).IsRequired();
    }
}
