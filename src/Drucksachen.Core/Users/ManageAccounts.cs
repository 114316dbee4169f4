using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;

namespace Drucksachen.Core.Users;

/// <summary>
/// Accounts as administrators manage them, from the command line and in the browser alike: roles,
/// offices and bodies must be ones the city knows, and an administrator cannot lock themselves out
/// or take their own administration role. Errors name the field (id, name, role, add, remove,
/// office, body, password) and carry an <see cref="ErrorText"/> for edges that word them themselves.
/// </summary>
public sealed class ManageAccounts(IAccountStore store, IUserDirectory users, City city)
{
    public async Task<UserProfile> AddAsync(AccountInput input, string? password, CancellationToken ct)
    {
        var id = input.Id.Trim();
        if (id.Length == 0) throw new InputException(null, null, "id", "a login name is required", new ErrorText("required"));
        var account = Check(input with { Id = id }, "role");
        if (await store.ExistsAsync(id, ct)) throw new DrucksachenException(ErrorKind.Conflict, $"user '{id}' exists already") { Text = new ErrorText("account-exists", id) };
        await store.CreateAsync(account, string.IsNullOrEmpty(password) ? null : password, ct);
        return await users.GetAsync(id, ct);
    }

    /// <summary>Gives and takes roles; giving a role held already or taking one not held changes nothing.</summary>
    public async Task<UserProfile> ChangeRolesAsync(string id, IEnumerable<string> add, IEnumerable<string> remove, string? actor, CancellationToken ct)
    {
        var adding = add.Select(r => Role(r, "add")).Distinct().ToList();
        var removing = remove.Select(r => Role(r, "remove")).Distinct().ToList();
        if (adding.Count + removing.Count == 0) throw new InputException(null, null, "add", "say which role to add or remove", new ErrorText("no-role-change"));
        if (adding.Intersect(removing).FirstOrDefault() is { } both)
            throw new InputException(null, null, "remove", $"role '{both}' is both added and removed", new ErrorText("role-added-and-removed", both));
        var user = await users.GetAsync(id, ct);
        return await UpdateAsync(user, user.Roles.Union(adding).Except(removing).ToList(), user.Office, user.Bodies, actor, ct);
    }

    /// <summary>Sets an account's name, roles, office and bodies as a form shows them all.</summary>
    public async Task<UserProfile> ChangeAsync(AccountInput input, string? actor, CancellationToken ct)
    {
        var user = await users.GetAsync(input.Id, ct);
        var account = Check(input with { Id = user.Id }, "role");
        return await UpdateAsync(user with { Name = account.Name }, account.Roles, account.Office, account.Bodies, actor, ct);
    }

    public async Task<UserProfile> LockAsync(string id, string? actor, CancellationToken ct)
    {
        var user = await users.GetAsync(id, ct);
        if (string.Equals(user.Id, actor, StringComparison.OrdinalIgnoreCase))
            throw new DrucksachenException(ErrorKind.NotAllowed, "you cannot lock your own account") { Text = new ErrorText("own-account-lock") };
        await store.SetLockedAsync(user.Id, true, ct);
        return user;
    }

    public async Task<UserProfile> UnlockAsync(string id, CancellationToken ct)
    {
        var user = await users.GetAsync(id, ct);
        await store.SetLockedAsync(user.Id, false, ct);
        return user;
    }

    public Task<IReadOnlySet<string>> LockedAsync(CancellationToken ct) => store.LockedAsync(ct);

    private async Task<UserProfile> UpdateAsync(UserProfile user, IReadOnlyList<string> roles, string? office, IReadOnlyList<string> bodies,
        string? actor, CancellationToken ct)
    {
        if (string.Equals(user.Id, actor, StringComparison.OrdinalIgnoreCase) && user.Has(UserRoles.Admin) && !roles.Contains(UserRoles.Admin))
            throw new DrucksachenException(ErrorKind.NotAllowed, "you cannot take your own administration role; another administrator can")
                { Text = new ErrorText("own-admin-role") };
        if (roles.Count == 0) throw new InputException(null, null, "remove", "an account keeps at least one role", new ErrorText("account-needs-role"));
        await store.UpdateAsync(user with { Roles = roles.Order(StringComparer.Ordinal).ToList(), Office = office, Bodies = bodies }, ct);
        return await users.GetAsync(user.Id, ct);
    }

    private UserProfile Check(AccountInput input, string roleField)
    {
        InputText.Check(input.Id, "id", InputLimits.LineChars);
        InputText.Check(input.Name, "name", InputLimits.LineChars);
        var name = input.Name.Trim();
        if (name.Length == 0) throw new InputException(null, null, "name", "a display name is required", new ErrorText("required"));
        var roles = input.Roles.Select(r => Role(r, roleField)).Distinct().ToList();
        if (roles.Count == 0) throw new InputException(null, null, roleField, $"give the account at least one role ({string.Join(", ", UserRoles.All)})",
                new ErrorText("account-needs-role"));
        var office = string.IsNullOrWhiteSpace(input.Office)
            ? null
            : city.FindOffice(input.Office)
              ?? throw new InputException(null, null, "office", $"unknown office '{input.Office}' (known: {string.Join(", ", city.Offices)})",
                  new ErrorText("unknown-office", input.Office));
        var bodies = input.Bodies.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => city.FindBody(b)?.Key
            ?? throw new InputException(null, null, "body", $"unknown body '{b}' (known: {string.Join(", ", city.Bodies.Select(x => x.Key))})",
                new ErrorText("unknown-body", b)))
            .Distinct().ToList();
        return new UserProfile(input.Id, name, roles, office, bodies);
    }

    private static string Role(string role, string field) =>
        UserRoles.All.FirstOrDefault(r => string.Equals(r, role.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException(null, null, field, $"unknown role '{role}' (known: {string.Join(", ", UserRoles.All)})",
            new ErrorText("unknown-user-role", role));
}
