using Drucksachen.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// Users are the Identity accounts; their roles are Identity roles. Every lookup reads the database,
/// so a role taken away (by any process) counts from the next request on: nothing keeps a profile.
/// </summary>
public sealed class EfUserDirectory(IDbContextFactory<DrucksachenDbContext> contexts) : IUserDirectory
{
    public Task<UserProfile?> FindAsync(string id, CancellationToken ct) => LoadAsync(id.Trim(), ct);

    public async Task<IReadOnlyList<UserProfile>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, Role = r.Name! }).ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Role);
        return users.Select(u => ToProfile(u, byUser[u.Id])).ToList();
    }

    private async Task<UserProfile?> LoadAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var normalized = id.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (user is null) return null;
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name!).ToListAsync(ct);
        return ToProfile(user, roles);
    }

    private static UserProfile ToProfile(DrucksachenUser user, IEnumerable<string> roles) =>
        new(user.UserName!, user.DisplayName, roles.Order(StringComparer.Ordinal).ToList(), user.Office, user.Bodies);
}
