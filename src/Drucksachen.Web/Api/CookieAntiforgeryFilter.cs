using Drucksachen.Web.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace Drucksachen.Web.Api;

/// <summary>
/// Guards the API's state-changing endpoints against cross-site requests that ride on the sign-in
/// cookie: a cookie-signed-in caller must send the antiforgery request token in the header
/// <c>RequestVerificationToken</c> (GET /api/antiforgery hands it out). Token callers are exempt:
/// a browser never adds a bearer token by itself.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity is { IsAuthenticated: true } identity && identity.AuthenticationType != ApiTokenDefaults.Scheme
            && !await antiforgery.IsRequestValidAsync(http))
            return ApiProblems.BadInput(
                "antiforgery token missing or invalid: signed in with the cookie, send the header RequestVerificationToken (GET /api/antiforgery), or use an API token");
        return await next(context);
    }
}
