namespace Drucksachen.Core.Users;

/// <summary>A user as the paper domain sees them: roles, the office they work in, the bodies they sit on.</summary>
/// <param name="Id">Login name, e.g. "krause".</param>
/// <param name="Name">Display name.</param>
/// <param name="Roles">Some of <see cref="UserRoles"/>.</param>
/// <param name="Office">The office an author or approver works in.</param>
/// <param name="Bodies">Keys of the bodies a council member sits on.</param>
public sealed record UserProfile(string Id, string Name, IReadOnlyList<string> Roles, string? Office, IReadOnlyList<string> Bodies)
{
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
