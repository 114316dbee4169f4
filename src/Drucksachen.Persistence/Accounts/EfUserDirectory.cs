using System.Collections.Concurrent;
using Drucksachen.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// Users are the Identity accounts; their roles are Identity roles. Profiles are kept for a few
/// seconds, because every workflow action asks who acts; a change of roles made in this process
/// is seen at once (<see cref="Forget"/>), one made by another process after at most that long.
/// </summary>
public sealed class EfUserDirectory(IDbContextFactory<DrucksachenDbContext> contexts) : IUserDirectory
{
    private const long CacheMilliseconds = 5_000;
    private readonly ConcurrentDictionary<string, (UserProfile? Profile, long Until)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<UserProfile?> FindAsync(string id, CancellationToken ct)
    {
        var key = id.Trim();
        if (_cache.TryGetValue(key, out var cached) && cached.Until > Environment.TickCount64) return cached.Profile;
        var profile = await LoadAsync(key, ct);
        _cache[key] = (profile, Environment.TickCount64 + CacheMilliseconds);
        return profile;
    }

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

    /// <summary>Drops a cached profile after its account was changed.</summary>
    public void Forget(string id) => _cache.TryRemove(id.Trim(), out _);

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
