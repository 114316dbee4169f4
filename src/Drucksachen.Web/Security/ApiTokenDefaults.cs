namespace Drucksachen.Web.Security;

/// <summary>Names of the API token sign-in.</summary>
public static class ApiTokenDefaults
{
    /// <summary>The authentication scheme; also the AuthenticationType of the identities it signs in.</summary>
    public const string Scheme = "ApiToken";

    public const string BearerPrefix = "Bearer ";

    /// <summary>Whether the request carries a bearer token (valid or not).</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
}
