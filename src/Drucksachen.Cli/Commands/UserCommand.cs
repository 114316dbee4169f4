using System.CommandLine;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

/// <summary>
/// `drucksachen user add|list|role|lock|unlock|token|tokens|revoke`: accounts, their roles and their
/// API tokens, by the rules of <see cref="ManageAccounts"/> that the administrators' pages follow too.
/// </summary>
internal static class UserCommand
{
    public sealed record UserModel(string Id, string Name, IReadOnlyList<string> Roles, string? Office, IReadOnlyList<string> Bodies);

    public sealed record TokenModel(string User, Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Token = null);

    public static Command Create() =>
        new("user", "Manage accounts, their roles and their API tokens") { Add(), List(), Role(), Lock(true), Lock(false), Token(), Tokens(), Revoke() };

    private static Command Add()
    {
        var id = new Argument<string>("ID") { Description = "Login name, e.g. weber" };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var roles = new Option<string[]>("--role") { Description = $"Role ({string.Join(", ", UserRoles.All)}); repeat for more", Required = true };
        var office = new Option<string?>("--office") { Description = "The office an author or approver works in" };
        var bodies = new Option<string[]>("--body") { Description = "A body a council member sits on (key or name); repeat for more" };
        var password = new Option<string?>("--password") { Description = "Password for the web sign-in (without one, only API tokens work)" };
        var command = new Command("add", "Add an account") { id, name, roles, office, bodies, password };
        command.SetAction((parsed, ct) => WithAccounts(parsed, ct, async (accounts, output) =>
        {
            var profile = await accounts.AddAsync(new AccountInput(parsed.GetValue(id)!, parsed.GetValue(name)!, parsed.GetValue(roles)!,
                parsed.GetValue(office), parsed.GetValue(bodies) ?? []), parsed.GetValue(password), ct);
            output.Write(ToModel(profile), text => text.WriteLine($"added {Describe(profile)}"));
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the accounts with their roles, office and bodies");
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var users = await services.GetRequiredService<IUserDirectory>().ListAsync(ct);
            output.Write(users.Select(ToModel).ToList(), text =>
            {
                foreach (var u in users) text.WriteLine(Describe(u));
                if (users.Count == 0) text.WriteLine("no users");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Role()
    {
        var id = new Argument<string>("ID") { Description = "Login name" };
        var add = new Option<string[]>("--add") { Description = "Give the user this role; repeat for more" };
        var remove = new Option<string[]>("--remove") { Description = "Take this role from the user; repeat for more" };
        var command = new Command("role", "Give or take roles") { id, add, remove };
        command.SetAction((parsed, ct) => WithAccounts(parsed, ct, async (accounts, output) =>
        {
            var profile = await accounts.ChangeRolesAsync(parsed.GetValue(id)!.Trim(), parsed.GetValue(add) ?? [], parsed.GetValue(remove) ?? [], null, ct);
            output.Write(ToModel(profile), text => text.WriteLine(Describe(profile)));
        }));
        return command;
    }

    private static Command Lock(bool locking)
    {
        var id = new Argument<string>("ID") { Description = "Login name" };
        var command = locking
            ? new Command("lock", "Lock an account: no sign-in, no API token, its sessions end") { id }
            : new Command("unlock", "Unlock an account (also one locked after failed sign-ins)") { id };
        command.SetAction((parsed, ct) => WithAccounts(parsed, ct, async (accounts, output) =>
        {
            var userId = parsed.GetValue(id)!.Trim();
            var profile = locking ? await accounts.LockAsync(userId, null, ct) : await accounts.UnlockAsync(userId, ct);
            output.Write(ToModel(profile), text => text.WriteLine($"{profile.Id} {(locking ? "locked" : "unlocked")}"));
        }));
        return command;
    }

    private static Command Token()
    {
        var id = new Argument<string>("ID") { Description = "Login name" };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. \"Import RIS\"", Required = true };
        var command = new Command("token", "Make an API token for a user's scripts; it is shown this once") { id, name };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var issued = await services.GetRequiredService<ApiTokenStore>().IssueAsync(parsed.GetValue(id)!, parsed.GetValue(name)!, ct);
            var t = issued.Token;
            output.Write(new TokenModel(parsed.GetValue(id)!.Trim(), t.Id, t.Name, t.CreatedAt, t.RevokedAt, issued.Secret), text =>
            {
                text.WriteLine(issued.Secret);
                text.WriteLine($"API token '{t.Name}' ({t.Id}) made; send it as 'Authorization: Bearer <token>'. It is not shown again.");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Tokens()
    {
        var id = new Argument<string>("ID") { Description = "Login name" };
        var command = new Command("tokens", "List a user's API tokens (not the tokens themselves)") { id };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var userId = parsed.GetValue(id)!.Trim();
            var tokens = await services.GetRequiredService<ApiTokenStore>().ListAsync(userId, ct);
            output.Write(tokens.Select(t => new TokenModel(userId, t.Id, t.Name, t.CreatedAt, t.RevokedAt)).ToList(), text =>
            {
                foreach (var t in tokens)
                    text.WriteLine($"{t.Id}  {t.CreatedAt:yyyy-MM-dd HH:mm}Z  {(t.RevokedAt is null ? "active " : "revoked")}  {t.Name}");
                if (tokens.Count == 0) text.WriteLine("no API tokens");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("ID") { Description = "Login name" };
        var token = new Argument<Guid>("TOKEN-ID") { Description = "The token's id (see 'user tokens')" };
        var command = new Command("revoke", "Revoke one of a user's API tokens") { id, token };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var userId = parsed.GetValue(id)!.Trim();
            var t = await services.GetRequiredService<ApiTokenStore>().RevokeAsync(userId, parsed.GetValue(token), ct);
            output.Write(new TokenModel(userId, t.Id, t.Name, t.CreatedAt, t.RevokedAt),
                text => text.WriteLine($"API token '{t.Name}' ({t.Id}) of {userId} revoked"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    // The account rules live in Core (shared with the browser); here their field names become the options.
    private static Task<int> WithAccounts(ParseResult parsed, CancellationToken ct, Func<ManageAccounts, CliOutput, Task> action) =>
        CliApp.Execute(parsed, ct, async (services, output) =>
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                await action(scope.ServiceProvider.GetRequiredService<ManageAccounts>(), output);
            }
            catch (InputException e) when (e.Field is { } field && !field.StartsWith("--", StringComparison.Ordinal))
            {
                throw new InputException(null, null, field == "id" ? "ID" : "--" + field, e.Reason);
            }
            return ExitCodes.Ok;
        });

    private static UserModel ToModel(UserProfile u) => new(u.Id, u.Name, u.Roles, u.Office, u.Bodies);

    private static string Describe(UserProfile u) =>
        $"{u.Id,-10} {u.Name,-22} {string.Join("/", u.Roles),-16} {u.Office ?? ""}{(u.Bodies.Count > 0 ? $"  Gremien: {string.Join(", ", u.Bodies)}" : "")}";
}
