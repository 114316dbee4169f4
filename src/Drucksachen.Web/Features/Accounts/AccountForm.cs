using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Forms;

namespace Drucksachen.Web.Features.Accounts;

/// <summary>The fields of the administrators' account forms (new account, change account).</summary>
public sealed class AccountForm
{
    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["id"] = "Benutzername", ["name"] = "Name", ["role"] = "Rollen", ["add"] = "Rollen", ["remove"] = "Rollen",
        ["office"] = "Amt", ["body"] = "Gremien", ["password"] = "Passwort",
    };

    private static readonly FormFields Fields = new(FieldLabels);

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public string? Office { get; set; }
    public List<string> Bodies { get; set; } = [];
    public string? Password { get; set; }

    public AccountInput ToInput() => new(Id, Name, Roles, Office, Bodies);

    public static AccountForm From(UserProfile user) => new()
    {
        Id = user.Id, Name = user.Name, Roles = [.. user.Roles], Office = user.Office, Bodies = [.. user.Bodies],
    };

    /// <summary>The message for a refused change, naming the field as the form labels it.</summary>
    public static string Message(DrucksachenException error) =>
        error is InputException { Field: { } field } input && FieldLabels.TryGetValue(field, out var label)
            ? $"Bitte prüfen Sie das Feld „{label}“: {input.Reason}"
            : FormErrors.Message(error, Fields);
}
