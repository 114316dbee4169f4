using Drucksachen.Core.Users;

namespace Drucksachen.Web.Api;

/// <summary>The caller of an API request as the paper domain sees them.</summary>
internal static class ApiCaller
{
    /// <summary>The signed-in user's profile, or null when anonymous.</summary>
    public static async Task<UserProfile?> FindAsync(HttpContext http, IUserDirectory users, CancellationToken ct) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? await users.GetAsync(name, ct) : null;

    /// <summary>The signed-in user's profile; for endpoints that require sign-in.</summary>
    public static async Task<UserProfile> GetAsync(HttpContext http, IUserDirectory users, CancellationToken ct) =>
        await FindAsync(http, users, ct)
        ?? throw new Core.Errors.DrucksachenException(Core.Errors.ErrorKind.NotAllowed, "sign in first");
}
