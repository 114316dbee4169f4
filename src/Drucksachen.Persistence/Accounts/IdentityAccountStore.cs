using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// Accounts through Identity's UserManager, so passwords are hashed and checked by the same rules as
/// at the web sign-in; a lock also renews the security stamp, which signed-in sessions are checked against.
/// </summary>
public sealed class IdentityAccountStore(UserManager<DrucksachenUser> manager, TimeProvider clock) : IAccountStore
{
    public async Task<bool> ExistsAsync(string id, CancellationToken ct) => await manager.FindByNameAsync(id) is not null;

    public async Task CreateAsync(UserProfile account, string? password, CancellationToken ct)
    {
        var user = new DrucksachenUser
        {
            UserName = account.Id, DisplayName = account.Name, Office = account.Office, Bodies = [.. account.Bodies], LockoutEnabled = true,
        };
        Check(password is null ? await manager.CreateAsync(user) : await manager.CreateAsync(user, password), "password", account.Id);
        Check(await manager.AddToRolesAsync(user, account.Roles), "role", account.Id);
    }

    public async Task UpdateAsync(UserProfile account, CancellationToken ct)
    {
        var user = await FindAsync(account.Id);
        user.DisplayName = account.Name;
        user.Office = account.Office;
        user.Bodies = [.. account.Bodies];
        Check(await manager.UpdateAsync(user), "name", account.Id);
        var held = await manager.GetRolesAsync(user);
        var toAdd = account.Roles.Except(held).ToList();
        var toRemove = held.Except(account.Roles).ToList();
        if (toAdd.Count > 0) Check(await manager.AddToRolesAsync(user, toAdd), "add", account.Id);
        if (toRemove.Count > 0) Check(await manager.RemoveFromRolesAsync(user, toRemove), "remove", account.Id);
    }

    public async Task SetLockedAsync(string id, bool locked, CancellationToken ct)
    {
        var user = await FindAsync(id);
        Check(await manager.SetLockoutEnabledAsync(user, true), "id", id);
        Check(await manager.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null), "id", id);
        if (locked) Check(await manager.UpdateSecurityStampAsync(user), "id", id);
        else Check(await manager.ResetAccessFailedCountAsync(user), "id", id);
    }

    public async Task<IReadOnlySet<string>> LockedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var locked = await manager.Users.AsNoTracking().Where(u => u.LockoutEnd != null).Select(u => new { u.UserName, u.LockoutEnd }).ToListAsync(ct);
        return locked.Where(u => u.LockoutEnd > now).Select(u => u.UserName!).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task<DrucksachenUser> FindAsync(string id) =>
        await manager.FindByNameAsync(id) ?? throw new DrucksachenException(ErrorKind.NotFound, $"unknown user '{id}'");

    private static void Check(IdentityResult result, string field, string id)
    {
        if (result.Succeeded) return;
        // Identity's descriptions are in the language of the host's IdentityErrorDescriber.
        var message = string.Join(" ", result.Errors.Select(e => e.Description));
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new DrucksachenException(ErrorKind.Conflict, message) { Text = new ErrorText("account-exists", id) };
        throw new InputException(null, null, result.Errors.Any(e => e.Code.StartsWith("InvalidUserName", StringComparison.Ordinal)) ? "id" : field, message,
            new ErrorText("account-refused", message));
    }
}
