using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Drafts;

/// <summary>The drafts of the author's office.</summary>
[Authorize]
public sealed class IndexModel(IPaperSearch store, CurrentUser current) : PageModel
{
    public IReadOnlyList<PaperSummary> Drafts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !user.Has(UserRoles.Author) || user.Office is null) return NotFound();
        var page = await store.SearchAsync(new PaperSearch(State: "draft", ReleasedOnly: false, Take: 200), user, ct);
        Drafts = page.Items.Where(p => p.LeadOffice == user.Office).ToList();
        return Page();
    }
}
