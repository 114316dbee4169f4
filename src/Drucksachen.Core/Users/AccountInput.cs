namespace Drucksachen.Core.Users;

/// <summary>An account as an administrator enters it, unchecked; see <see cref="ManageAccounts"/>.</summary>
/// <param name="Id">Login name, e.g. "weber".</param>
/// <param name="Name">Display name.</param>
/// <param name="Roles">Some of <see cref="UserRoles"/>, any case.</param>
/// <param name="Office">An office of the configuration, or null.</param>
/// <param name="Bodies">Keys or names of bodies of the configuration.</param>
public sealed record AccountInput(string Id, string Name, IReadOnlyList<string> Roles, string? Office, IReadOnlyList<string> Bodies);
