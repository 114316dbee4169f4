using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Drucksachen.Web.Security;

namespace Drucksachen.Web.Pages.Konto;

public sealed class AnmeldenModel(SignInManager<DrucksachenUser> signIn, FailedSignIns failures) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public const string FailedMessage =
        "Die Anmeldung ist fehlgeschlagen: Benutzername oder Passwort sind falsch, oder der Zugang ist nach mehreren Fehlversuchen vorübergehend gesperrt.";

    public const string TooManyMessage =
        "Von Ihrer Adresse gab es zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.";

    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (failures.IsExhausted(address))
        {
            Error = TooManyMessage;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            // The failures are counted per minute: by then the address may try again.
            Response.Headers.RetryAfter = "60";
        }
        else if (!string.IsNullOrWhiteSpace(UserName) && !string.IsNullOrEmpty(Password))
        {
            var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Aufgaben");
            // One message for an unknown user, a wrong password and a locked account, so the
            // form does not tell whether an account exists.
            failures.Record(address);
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
