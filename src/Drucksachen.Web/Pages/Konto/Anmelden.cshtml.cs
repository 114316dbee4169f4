using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Drucksachen.Web.Pages.Konto;

[EnableRateLimiting(WebApplicationExtensions.LoginRateLimit)]
public sealed class AnmeldenModel(SignInManager<DrucksachenUser> signIn) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public const string FailedMessage =
        "Die Anmeldung ist fehlgeschlagen: Benutzername oder Passwort sind falsch, oder der Zugang ist nach mehreren Fehlversuchen vorübergehend gesperrt.";

    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrWhiteSpace(UserName) && !string.IsNullOrEmpty(Password))
        {
            var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Aufgaben");
            // One message for an unknown user, a wrong password and a locked account, so the
            // form does not tell whether an account exists.
            Error = FailedMessage;
        }
        else
        {
            Error = "Bitte geben Sie Benutzername und Passwort ein.";
        }
        Password = "";
        return Page();
    }
}
