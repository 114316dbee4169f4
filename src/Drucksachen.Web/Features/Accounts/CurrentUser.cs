using Drucksachen.Core.Users;

namespace Drucksachen.Web.Features.Accounts;

/// <summary>The signed-in user of the request as the paper domain sees them, or null when anonymous.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, IUserDirectory users)
{
    private UserProfile? _profile;
    private bool _loaded;

    public async Task<UserProfile?> GetAsync(CancellationToken ct)
    {
        if (_loaded) return _profile;
        var principal = http.HttpContext?.User;
        if (principal?.Identity is { IsAuthenticated: true, Name: { } name }) _profile = await users.FindAsync(name, ct);
        _loaded = true;
        return _profile;
    }
}
