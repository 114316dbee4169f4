namespace Drucksachen.Core.Users;

/// <summary>
/// Where accounts are kept and changed; <see cref="ManageAccounts"/> checks every change first. A
/// store refuses a password its own rules do not accept (an <see cref="Errors.InputException"/> on
/// the field "password"). A locked account can neither sign in nor use its API tokens.
/// </summary>
public interface IAccountStore
{
    Task<bool> ExistsAsync(string id, CancellationToken ct);

    /// <summary>Creates the account; without a password it can sign in only with API tokens.</summary>
    Task CreateAsync(UserProfile account, string? password, CancellationToken ct);

    /// <summary>Sets name, roles, office and bodies of an existing account to those of <paramref name="account"/>.</summary>
    Task UpdateAsync(UserProfile account, CancellationToken ct);

    /// <summary>Locks the account for good, or unlocks it (also after failed sign-ins).</summary>
    Task SetLockedAsync(string id, bool locked, CancellationToken ct);

    /// <summary>The ids of the accounts that are locked now.</summary>
    Task<IReadOnlySet<string>> LockedAsync(CancellationToken ct);
}
