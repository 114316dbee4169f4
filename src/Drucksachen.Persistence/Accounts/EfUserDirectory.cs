using Drucksachen.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// Users are the Identity accounts; their roles are Identity roles. Every lookup reads the database,
/// so a role taken away (by any process) counts from the next request on: nothing keeps a profile.
/// </summary>
public sealed class EfUserDirectory(IDbContextFactory<DrucksachenDbContext> contexts) : IUserDirectory
{
    // Compiled once: every workflow action and every request asks who acts, and translating the
    // query each time took much of a lookup's time. One statement brings the account with its roles.
    private static readonly Func<DrucksachenDbContext, string, CancellationToken, Task<Account?>> Lookup =
        EF.CompileAsyncQuery((DrucksachenDbContext db, string normalized, CancellationToken ct) =>
            db.Users.AsNoTracking()
                .Where(u => u.NormalizedUserName == normalized)
                .Select(u => new Account(u, (from ur in db.UserRoles
                                             join r in db.Roles on ur.RoleId equals r.Id
                                             where ur.UserId == u.Id
                                             select r.Name!).ToList()))
                .FirstOrDefault());

    public async Task<UserProfile?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await Lookup(db, Normalize(id), ct))?.Profile();
    }

    /// <summary>The login name as Identity stores it normalized, to look an account up by.</summary>
    public static string Normalize(string id) => id.Trim().ToUpperInvariant();

    public async Task<IReadOnlyList<UserProfile>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, Role = r.Name! }).ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Role);
        return users.Select(u => u.Profile(byUser[u.Id])).ToList();
    }

    private sealed record Account(DrucksachenUser User, List<string> Roles)
    {
        public UserProfile Profile() => User.Profile(Roles);
    }
}
