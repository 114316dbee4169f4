using Drucksachen.Core.Errors;

namespace Drucksachen.Web.Features.Papers;

/// <summary>Turns an error a user caused into the message a form shows.</summary>
public static class FormErrors
{
    public const string Conflict = "Die Drucksache wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.";

    public static string Message(DrucksachenException error) => error.Kind switch
    {
        ErrorKind.Conflict => Conflict,
        ErrorKind.NotAllowed => "Diese Aktion ist Ihnen hier nicht möglich: " + error.Message,
        ErrorKind.NotFound => "Nicht gefunden: " + error.Message,
        _ => "Bitte prüfen Sie die Eingaben: " + error.Message,
    };
}
