using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drucksachen.Web.Api.Tokens;

/// <summary>/api/tokens: the signed-in user's API tokens; /api/antiforgery: the header token cookie callers send with POSTs.</summary>
public static class TokensApi
{
    public sealed record CreateTokenRequest(string? Name);

    /// <param name="Token">The secret to send as "Authorization: Bearer ..."; shown only in the answer to its creation.</param>
    public sealed record TokenModel(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Token = null);

    public sealed record AntiforgeryModel(string HeaderName, string RequestToken);

    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Tokens").RequireAuthorization(ApiAuthorization.User);
        tokens.MapGet("/", ListAsync).WithName("ListTokens").WithSummary("The caller's API tokens (without their secrets)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        tokens.MapPost("/", CreateAsync).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("CreateToken").WithSummary("Make an API token for the caller; the answer shows the token, once")
            .Accepts<CreateTokenRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        tokens.MapDelete("/{tokenId:guid}", RevokeAsync).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("RevokeToken").WithSummary("Revoke one of the caller's API tokens")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/antiforgery", Antiforgery).RequireAuthorization(ApiAuthorization.User).WithTags("Tokens")
            .WithName("GetAntiforgeryToken")
            .WithSummary("For cookie sign-ins: the token to send in the header RequestVerificationToken with POST and DELETE")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return tokens;
    }

    private static async Task<Ok<IReadOnlyList<TokenModel>>> ListAsync(HttpContext http, ApiTokenStore store, CancellationToken ct)
    {
        var tokens = await store.ListAsync(http.User.Identity!.Name!, ct);
        return TypedResults.Ok((IReadOnlyList<TokenModel>)tokens.Select(t => new TokenModel(t.Id, t.Name, t.CreatedAt, t.RevokedAt)).ToList());
    }

    private static async Task<Created<TokenModel>> CreateAsync(HttpRequest request, ApiTokenStore store, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync(request, new CreateTokenRequest(null), ct);
        var issued = await store.IssueAsync(request.HttpContext.User.Identity!.Name!, body.Name ?? "", ct);
        var t = issued.Token;
        return TypedResults.Created($"/api/tokens/{t.Id}", new TokenModel(t.Id, t.Name, t.CreatedAt, t.RevokedAt, issued.Secret));
    }

    private static async Task<NoContent> RevokeAsync(Guid tokenId, HttpContext http, ApiTokenStore store, CancellationToken ct)
    {
        await store.RevokeAsync(http.User.Identity!.Name!, tokenId, ct);
        return TypedResults.NoContent();
    }

    private static Ok<AntiforgeryModel> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryModel(tokens.HeaderName ?? "RequestVerificationToken", tokens.RequestToken!));
    }
}
