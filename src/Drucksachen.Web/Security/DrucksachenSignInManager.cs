using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Drucksachen.Web.Security;

/// <summary>
/// Identity's sign-in, with the same work for every attempt: an unknown user name and a locked
/// account have their password checked against a hash as well (a throwaway one), so the time an
/// answer takes does not tell which accounts exist.
/// </summary>
public sealed class DrucksachenSignInManager(
    UserManager<DrucksachenUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<DrucksachenUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<DrucksachenUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DrucksachenUser> confirmation)
    : SignInManager<DrucksachenUser>(users, http, claims, options, logger, schemes, confirmation)
{
    private static readonly DrucksachenUser Nobody = new() { UserName = "" };
    private readonly Lazy<string> _throwawayHash = new(() => users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null || await UserManager.IsLockedOutAsync(user))
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, _throwawayHash.Value, password);
        if (user is null) return SignInResult.Failed;
        return await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>Signs out and changes the account's security stamp, so a copy of the cookie kept elsewhere stops working too.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.Identity?.IsAuthenticated == true && await UserManager.GetUserAsync(Context.User) is { } user)
            await UserManager.UpdateSecurityStampAsync(user);
        await base.SignOutAsync();
    }
}
