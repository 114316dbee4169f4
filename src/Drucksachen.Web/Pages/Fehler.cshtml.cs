using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages;

/// <summary>
/// The error page for unhandled errors (/Fehler) and for status codes (/Fehler/404), re-executed
/// by the pipeline for any method, hence no antiforgery check and one handler for all.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FehlerModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        // Direct calls of /Fehler/404 answer with the code they describe; re-executions keep theirs.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is not null)
            Response.StatusCode = Code;
        (Heading, Explanation) = Code switch
        {
            400 => ("Ungültige Anfrage", "Die Anfrage konnte nicht verarbeitet werden. Wenn Sie ein Formular abgeschickt haben, laden Sie die Seite bitte neu und versuchen Sie es erneut."),
            401 => ("Anmeldung erforderlich", "Bitte melden Sie sich an."),
            403 or 404 => ("Seite nicht gefunden", "Die gesuchte Seite oder Drucksache gibt es nicht, oder sie ist nicht öffentlich."),
            405 => ("Nicht erlaubt", "Diese Seite kann so nicht aufgerufen werden."),
            429 => ("Zu viele Versuche", "Bitte warten Sie eine Minute und versuchen Sie es dann erneut."),
            _ when Code >= 500 => ("Ein Fehler ist aufgetreten", "Bei der Verarbeitung ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut."),
            _ => ("Fehler " + Code, "Die Anfrage konnte nicht bearbeitet werden."),
        };
    }
}
