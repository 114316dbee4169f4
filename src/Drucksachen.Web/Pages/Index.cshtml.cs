using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages;

/// <summary>The start page is the list of papers.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/Drucksachen");
}
