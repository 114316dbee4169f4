using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Pages.Accounts;

/// <summary>The accounts, and a new one, for administrators (the rules of <c>drucksachen user add</c>).</summary>
public sealed class KontenModel(CurrentUser current, IUserDirectory users, ManageAccounts accounts) : AdminPageModel(current)
{
    [BindProperty] public AccountForm Form { get; set; } = new();

    public IReadOnlyList<UserProfile> Users { get; private set; } = [];
    public IReadOnlySet<string> Locked { get; private set; } = new HashSet<string>();
    public string? Error { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await IsAdminAsync(ct)) return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await IsAdminAsync(ct)) return NotFound();
        try
        {
            var added = await accounts.AddAsync(Form.ToInput(), Form.Password, ct);
            Message = $"Das Konto {added.Id} wurde angelegt.";
            return Redirect($"/Konten/{Uri.EscapeDataString(added.Id)}");
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, AccountForm.Fields);
        }
        Form.Password = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await users.ListAsync(ct);
        Locked = await accounts.LockedAsync(ct);
    }
}
