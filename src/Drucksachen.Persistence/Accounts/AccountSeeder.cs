using Drucksachen.Core.Configuration;
using Drucksachen.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// Creates the roles, and the accounts named in configuration that do not exist yet (the first
/// administrator, or the demo accounts). Existing accounts are left as they are.
/// </summary>
internal static class AccountSeeder
{
    public static async Task SeedAsync(DrucksachenDbContext db, City city, CancellationToken ct)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, ct);
        foreach (var name in UserRoles.All.Where(n => !roles.ContainsKey(n)))
        {
            var role = new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() };
            db.Roles.Add(role);
            roles[name] = role;
        }

        var existing = (await db.Users.Select(u => u.NormalizedUserName).ToListAsync(ct)).ToHashSet();
        var hasher = new PasswordHasher<DrucksachenUser>();
        foreach (var seed in city.Users.Where(u => !existing.Contains(u.Id.ToUpperInvariant())))
        {
            var user = new DrucksachenUser
            {
                UserName = seed.Id,
                NormalizedUserName = seed.Id.ToUpperInvariant(),
                DisplayName = seed.Name,
                Office = seed.Office,
                Bodies = [.. seed.Bodies],
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            if (seed.Password is { } password) user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            foreach (var role in seed.Roles) db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
        }
        await db.SaveChangesAsync(ct);
    }
}
