using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Pages.Accounts;

/// <summary>
/// One account for administrators: name, roles, office and bodies; lock and unlock; API tokens
/// (made, shown once, revoked) - by the rules of the <c>drucksachen user</c> commands.
/// </summary>
public sealed class KontoModel(CurrentUser current, IUserDirectory users, ManageAccounts accounts, ApiTokenStore tokens) : AdminPageModel(current)
{
    [BindProperty] public AccountForm Form { get; set; } = new();
    [BindProperty] public string? TokenName { get; set; }
    [BindProperty] public Guid TokenId { get; set; }

    public UserProfile Account { get; private set; } = null!;
    public bool IsLocked { get; private set; }
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>A token just made: shown on this answer only, never stored in clear.</summary>
    public string? NewToken { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await IsAdminAsync(ct) || !await LoadAsync(id, ct)) return NotFound();
        Form = AccountForm.From(Account);
        return Page();
    }

    public Task<IActionResult> OnPostAendernAsync(string id, CancellationToken ct) => ChangeAsync(id, keepForm: true, async () =>
    {
        await accounts.ChangeAsync(Form.ToInput() with { Id = id }, Admin.Id, ct);
        return "Das Konto wurde geändert.";
    }, ct);

    public Task<IActionResult> OnPostSperrenAsync(string id, CancellationToken ct) => ChangeAsync(id, keepForm: false, async () =>
    {
        await accounts.LockAsync(id, Admin.Id, ct);
        return "Das Konto ist gesperrt.";
    }, ct);

    public Task<IActionResult> OnPostEntsperrenAsync(string id, CancellationToken ct) => ChangeAsync(id, keepForm: false, async () =>
    {
        await accounts.UnlockAsync(id, ct);
        return "Das Konto ist entsperrt.";
    }, ct);

    public Task<IActionResult> OnPostWiderrufenAsync(string id, CancellationToken ct) => ChangeAsync(id, keepForm: false, async () =>
    {
        var revoked = await tokens.RevokeAsync(id, TokenId, ct);
        return $"Der API-Token „{revoked.Name}“ ist widerrufen.";
    }, ct);

    public async Task<IActionResult> OnPostTokenAsync(string id, CancellationToken ct)
    {
        if (!await IsAdminAsync(ct) || !await LoadAsync(id, ct)) return NotFound();
        try
        {
            NewToken = (await tokens.IssueAsync(Account.Id, TokenName ?? "", ct)).Secret;
            TokenName = null;
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, AccountForm.TokenFields);
        }
        await LoadAsync(id, ct);
        Form = AccountForm.From(Account);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<IActionResult> ChangeAsync(string id, bool keepForm, Func<Task<string>> change, CancellationToken ct)
    {
        if (!await IsAdminAsync(ct) || !await LoadAsync(id, ct)) return NotFound();
        try
        {
            Message = await change();
            return Redirect($"/Konten/{Uri.EscapeDataString(Account.Id)}");
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, AccountForm.Fields);
        }
        if (!keepForm) Form = AccountForm.From(Account);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is not { } account) return false;
        Account = account;
        IsLocked = (await accounts.LockedAsync(ct)).Contains(account.Id);
        Tokens = await tokens.ListAsync(account.Id, ct);
        return true;
    }
}
