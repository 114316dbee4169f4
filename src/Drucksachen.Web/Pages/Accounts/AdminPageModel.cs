using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Accounts;

/// <summary>Base of the account pages: for administrators only; everyone else gets 404.</summary>
[Authorize]
public abstract class AdminPageModel(CurrentUser current) : PageModel
{
    public UserProfile Admin { get; private set; } = null!;

    protected async Task<bool> IsAdminAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } user || !user.Has(UserRoles.Admin)) return false;
        Admin = user;
        return true;
    }
}
