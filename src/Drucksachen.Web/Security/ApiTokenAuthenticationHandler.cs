using System.Security.Claims;
using System.Text.Encodings.Web;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Drucksachen.Web.Security;

/// <summary>
/// Signs in scripts that send <c>Authorization: Bearer &lt;token&gt;</c>: the token's SHA-256 must be
/// in ApiTokens and not revoked, and the account not locked out. The identity carries the login
/// name and the roles, like the cookie sign-in's. Challenges and refusals are problem+json.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenStore tokens,
    IUserDirectory users,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiTokenDefaults.HasBearer(Request)) return AuthenticateResult.NoResult();
        var secret = Request.Headers.Authorization.ToString()[ApiTokenDefaults.BearerPrefix.Length..].Trim();
        var account = secret.Length == 0 ? null : await tokens.FindUserAsync(secret, Context.RequestAborted);
        if (account is null) return AuthenticateResult.Fail("unknown or revoked API token");
        if (account.LockoutEnd is { } end && end > clock.GetUtcNow()) return AuthenticateResult.Fail("the account is locked");
        var profile = await users.FindAsync(account.UserName!, Context.RequestAborted);
        if (profile is null) return AuthenticateResult.Fail("the account no longer exists");

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, account.Id), new(ClaimTypes.Name, profile.Id) };
        claims.AddRange(profile.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Anmeldung erforderlich",
            result.Failure?.Message ?? "sign in, or send an API token: Authorization: Bearer <token>");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Nicht erlaubt",
            $"{Context.User.Identity?.Name ?? "you"} may not do this (roles: {string.Join(", ", Context.User.FindAll(ClaimTypes.Role).Select(c => c.Value))})");

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://httpstatuses.io/{status}" };
        var service = Context.RequestServices.GetService<IProblemDetailsService>();
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem }))
            await Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
