using Drucksachen.Core.Users;
using Microsoft.AspNetCore.Identity;

namespace Drucksachen.Persistence.Accounts;

/// <summary>An account: Identity's login data plus what the paper domain needs to know of its holder.</summary>
public sealed class DrucksachenUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The office an author or approver works in.</summary>
    public string? Office { get; set; }

    /// <summary>Keys of the bodies a council member sits on.</summary>
    public List<string> Bodies { get; set; } = [];

    /// <summary>The account as the paper domain sees it, with the names of its roles.</summary>
    public UserProfile Profile(IEnumerable<string> roles) =>
        new(UserName!, DisplayName, roles.Order(StringComparer.Ordinal).ToList(), Office, Bodies);
}
