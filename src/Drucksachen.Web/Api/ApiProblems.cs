using Drucksachen.Core.Errors;
using Drucksachen.Core.Plausibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drucksachen.Web.Api;

/// <summary>
/// Errors as problem+json. The detail is the message the CLI prints; the status follows the CLI's
/// exit code: bad input 400, not found 404, conflict 409, not allowed 403. Input errors carry
/// where they are as extensions: file, line, field (and reason, the message without the place), and
/// needsConfirmation where the same request with confirmed true is taken.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult From(DrucksachenException e)
    {
        var (status, title) = e.Kind switch
        {
            ErrorKind.BadInput => (StatusCodes.Status400BadRequest, "Ungültige Eingabe"),
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "Nicht gefunden"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "Konflikt"),
            _ => (StatusCodes.Status403Forbidden, "Nicht erlaubt"),
        };
        var extensions = new Dictionary<string, object?>();
        if (e is InputException input)
        {
            if (input.File is not null) extensions["file"] = input.File;
            if (input.Line is not null) extensions["line"] = input.Line;
            if (input.Field is not null) extensions["field"] = input.Field;
            extensions["reason"] = input.Reason;
            if (input is PlausibilityException { NeedsConfirmation: true }) extensions["needsConfirmation"] = true;
        }
        return TypedResults.Problem(detail: e.Message, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult BadInput(string message) => From(new DrucksachenException(ErrorKind.BadInput, message));
}
