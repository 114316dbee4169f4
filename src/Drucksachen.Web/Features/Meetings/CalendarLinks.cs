using System.Buffers.Text;
using System.Security.Cryptography;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Web.Features.Meetings;

/// <summary>
/// The secret address of a member's personal meeting calendar. Calendar programs cannot sign in,
/// so the address itself is the key: "dsk_" and 32 random bytes (base64url). It opens the calendar
/// and nothing else (an API token starts "dst_", and each is checked for its own prefix); only its
/// SHA-256 is kept, as the account's authentication token (AspNetUserTokens, one per account),
/// so a new address replaces the old one, which then stops working, and a leaked database leaks no
/// usable address. The address is shown once, when it is made.
/// </summary>
public sealed class CalendarLinks(UserManager<DrucksachenUser> users, IDbContextFactory<DrucksachenDbContext> contexts, TimeProvider clock)
{
    public const string Prefix = "dsk_";
    private const string Provider = "Drucksachen";
    private const string TokenName = "Sitzungskalender";

    /// <summary>The address of a personal feed, relative to the site.</summary>
    public static string Path(string secret) => $"/Sitzungen/Kalender/{secret}.ics";

    /// <summary>Makes a new secret for the user; the one before stops working.</summary>
    public async Task<string> RenewAsync(string userName, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no account '{userName}'");
        var secret = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        Check(await users.SetAuthenticationTokenAsync(user, Provider, TokenName, ApiTokenStore.Hash(secret)));
        return secret;
    }

    public async Task RevokeAsync(string userName, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no account '{userName}'");
        Check(await users.RemoveAuthenticationTokenAsync(user, Provider, TokenName));
    }

    public async Task<bool> HasAsync(string userName, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        return user is not null && await users.GetAuthenticationTokenAsync(user, Provider, TokenName) is not null;
    }

    /// <summary>The login name the secret belongs to, or null for an unknown, replaced or revoked secret or a locked account.</summary>
    public async Task<string?> FindUserAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var hash = ApiTokenStore.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await (from t in db.UserTokens
                             join u in db.Users on t.UserId equals u.Id
                             where t.LoginProvider == Provider && t.Name == TokenName && t.Value == hash
                             select new { u.UserName, u.LockoutEnd }).AsNoTracking().FirstOrDefaultAsync(ct);
        return account is null || account.LockoutEnd > clock.GetUtcNow() ? null : account.UserName;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
