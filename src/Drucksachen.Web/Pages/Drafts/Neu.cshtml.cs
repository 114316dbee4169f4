using Drucksachen.Core.Configuration;
using Drucksachen.Core.Drafts;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Drafts;
using Drucksachen.Web.Features.Forms;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Drafts;

/// <summary>A new paper from a type's template, led by the author's office.</summary>
[Authorize]
public sealed class NeuModel(CreateDraft create, DraftTemplates templates, CurrentUser current, City city, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "typ")] public string? Type { get; set; }
    [BindProperty] public DraftForm Form { get; set; } = new();

    public UserProfile Author { get; private set; } = null!;
    public string? Error { get; private set; }

    public DraftFieldsView Fields => new(Form, Author.Office ?? "", templates.SectionsOf(Type ?? ""), FormAction);

    public string FormAction => "/Entwuerfe/Neu?typ=" + Uri.EscapeDataString(Type ?? "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Form.Date = city.DayOf(clock.GetUtcNow()).ToString("yyyy-MM-dd");
        if (Type is not null) Form.Sections = templates.WordingOf(Type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Form.ApplyCommand() is { } nothingAdded)
        {
            Error = FormErrors.Message(nothingAdded, DraftForm.Fields);
            return Page();
        }
        if (Form.Command is { } command && command != "save") return Page();
        try
        {
            var paper = await create.ExecuteAsync(Type ?? "", Form.ToInput(), Author.Id, ct);
            TempData["Message"] = "Der Entwurf wurde angelegt.";
            return Redirect($"/Entwuerfe/{paper.Id}");
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, DraftForm.Fields);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !user.Has(UserRoles.Author) || user.Office is null) return false;
        Author = user;
        if (Type is not null && city.FindPaperType(Type) is null) Type = null;
        return true;
    }
}
