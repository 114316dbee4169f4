using Microsoft.AspNetCore.Identity;

namespace Drucksachen.Web.Features.Accounts;

/// <summary>
/// Identity's refusals (password rules, user names) in German for the administrators' account forms,
/// which show them through <see cref="Forms.FormErrors"/> (key <c>account-refused</c>). The command
/// line keeps Identity's English.
/// </summary>
public sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Die Änderung am Konto ist nicht gelungen.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Das Konto wurde inzwischen geändert. Bitte laden Sie die Seite neu.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"„{userName}“ ist als Benutzername nicht möglich: erlaubt sind Buchstaben ohne Umlaute, Ziffern und - . _ @ +.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Ein Konto mit dem Benutzernamen „{userName}“ gibt es schon.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Das Passwort muss mindestens {length} Zeichen lang sein.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Das Passwort muss ein Sonderzeichen enthalten (weder Buchstabe noch Ziffer).");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Das Passwort muss eine Ziffer (0–9) enthalten.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Das Passwort muss einen Kleinbuchstaben (a–z) enthalten.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Das Passwort muss einen Großbuchstaben (A–Z) enthalten.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
