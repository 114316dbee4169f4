using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Forms;

namespace Drucksachen.Web.Features.Accounts;

/// <summary>The fields of the administrators' account forms (new account, change account).</summary>
public sealed class AccountForm
{
    /// <summary>The labels of the account forms, by the field keys of <see cref="ManageAccounts"/>' errors.</summary>
    public static readonly FormFields Fields = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "Benutzername", ["name"] = "Name", ["role"] = "Rollen", ["add"] = "Rollen", ["remove"] = "Rollen",
        ["office"] = "Amt", ["body"] = "Gremien", ["password"] = "Passwort",
    });

    /// <summary>The label of the token form's one field (<c>name</c> in the token store's errors).</summary>
    public static readonly FormFields TokenFields = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "Verwendungszweck",
    });

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public string? Office { get; set; }
    public List<string> Bodies { get; set; } = [];
    public string? Password { get; set; }

    // The model binder gives an empty field as null: an empty login name is refused as missing, not as a crash.
    public AccountInput ToInput() => new(Id ?? "", Name ?? "", [.. Roles.OfType<string>()], Office, [.. Bodies.OfType<string>()]);

    public static AccountForm From(UserProfile user) => new()
    {
        Id = user.Id, Name = user.Name, Roles = [.. user.Roles], Office = user.Office, Bodies = [.. user.Bodies],
    };
}
