using Drucksachen.Core.Users;
using Drucksachen.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Drucksachen.Web.Api;

/// <summary>
/// Who the API lets in. Its endpoints authenticate with the scheme <see cref="Scheme"/>: a bearer
/// token if the request sends one (<see cref="ApiTokenDefaults.Scheme"/>), else the sign-in cookie
/// of the pages. Challenges and refusals always answer with problem+json (401/403), never with the
/// login page's redirect. A request that sends a bearer token that is unknown or revoked is refused
/// with 401 everywhere, also where anonymous callers are welcome.
/// </summary>
internal static class ApiAuthorization
{
    /// <summary>Cookie or token.</summary>
    public const string Scheme = "Api";

    /// <summary>Anyone, anonymous included (what they see is decided by PaperAccess).</summary>
    public const string Reader = "api-reader";

    /// <summary>Any signed-in user.</summary>
    public const string User = "api-user";

    /// <summary>Clerks and administrators.</summary>
    public const string Clerk = "api-clerk";

    public const string Admin = "api-admin";

    public static IServiceCollection AddApiAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.Scheme, null)
            .AddPolicyScheme(Scheme, "Cookie or API token", policy =>
            {
                policy.ForwardDefaultSelector = context =>
                    ApiTokenDefaults.HasBearer(context.Request) ? ApiTokenDefaults.Scheme : IdentityConstants.ApplicationScheme;
                policy.ForwardChallenge = ApiTokenDefaults.Scheme;
                policy.ForwardForbid = ApiTokenDefaults.Scheme;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Reader, p => p.AddAuthenticationSchemes(Scheme).RequireAssertion(context =>
                context.Resource is not HttpContext http || !ApiTokenDefaults.HasBearer(http.Request) || context.User.Identity?.IsAuthenticated == true))
            .AddPolicy(User, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser())
            .AddPolicy(Clerk, p => p.AddAuthenticationSchemes(Scheme).RequireRole(UserRoles.Clerk, UserRoles.Admin))
            .AddPolicy(Admin, p => p.AddAuthenticationSchemes(Scheme).RequireRole(UserRoles.Admin));
        return services;
    }
}
