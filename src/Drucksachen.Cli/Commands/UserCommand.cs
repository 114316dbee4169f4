using System.CommandLine;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

/// <summary>
/// `drucksachen user add|list|role|token|tokens|revoke`: accounts, their roles and their API tokens,
/// through Identity's UserManager, so passwords are hashed and checked as at the web sign-in.
/// </summary>
internal static class UserCommand
{
    public sealed record UserModel(string Id, string Name, IReadOnlyList<string> Roles, string? Office, IReadOnlyList<string> Bodies);

    public sealed record TokenModel(string User, Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Token = null);

    public static Command Create() =>
        new("user", "Manage accounts, their roles and their API tokens") { Add(), List(), Role(), Token(), Tokens(), Revoke() };

    private static Command Add()
    {
        var id = new Argument<string>("ID") { Description = "Login name, e.g. weber" };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var roles = new Option<string[]>("--role") { Description = $"Role ({string.Join(", ", UserRoles.All)}); repeat for more", Required = true };
        var office = new Option<string?>("--office") { Description = "The office an author or approver works in" };
        var bodies = new Option<string[]>("--body") { Description = "A body a council member sits on (key or name); repeat for more" };
        var password = new Option<string?>("--password") { Description = "Password for the web sign-in (without one, only API tokens work)" };
        var command = new Command("add", "Add an account") { id, name, roles, office, bodies, password };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var city = services.GetRequiredService<City>();
            var roleNames = parsed.GetValue(roles)!.Select(CheckRole).Distinct().ToList();
            var officeName = parsed.GetValue(office) is { } o
                ? city.FindOffice(o)
                  ?? throw new InputException(null, null, "--office", $"unknown office '{o}' (known: {string.Join(", ", city.Offices)})")
                : null;
            var bodyKeys = (parsed.GetValue(bodies) ?? []).Select(b => city.FindBody(b)?.Key
                ?? throw new InputException(null, null, "--body", $"unknown body '{b}' (known: {string.Join(", ", city.Bodies.Select(x => x.Key))})"))
                .Distinct().ToList();
            var userId = parsed.GetValue(id)!.Trim();

            await using var scope = services.CreateAsyncScope();
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<DrucksachenUser>>();
            if (await manager.FindByNameAsync(userId) is not null)
                throw new DrucksachenException(ErrorKind.Conflict, $"user '{userId}' exists already");
            var user = new DrucksachenUser
            {
                UserName = userId, DisplayName = parsed.GetValue(name)!.Trim(), Office = officeName, Bodies = bodyKeys, LockoutEnabled = true,
            };
            var created = parsed.GetValue(password) is { } secret ? await manager.CreateAsync(user, secret) : await manager.CreateAsync(user);
            Check(created, "--password");
            Check(await manager.AddToRolesAsync(user, roleNames), "--role");
            var profile = await ReloadAsync(services, userId, ct);
            output.Write(ToModel(profile), text => text.WriteLine($"added {Describe(profile)}"));
            return ExitCodes.Ok;
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
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var adding = (parsed.GetValue(add) ?? []).Select(CheckRole).Distinct().ToList();
            var removing = (parsed.GetValue(remove) ?? []).Select(CheckRole).Distinct().ToList();
            if (adding.Count + removing.Count == 0) throw new InputException(null, null, "--add", "say which role to add (--add ROLE) or remove (--remove ROLE)");
            if (adding.Intersect(removing).FirstOrDefault() is { } both)
                throw new InputException(null, null, "--remove", $"role '{both}' is both added and removed");
            var userId = parsed.GetValue(id)!.Trim();

            await using var scope = services.CreateAsyncScope();
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<DrucksachenUser>>();
            var user = await manager.FindByNameAsync(userId) ?? throw UnknownUser(userId);
            var held = await manager.GetRolesAsync(user);
            // Adding a role held already, or removing one not held, changes nothing and is no error.
            var toAdd = adding.Where(r => !held.Contains(r)).ToList();
            var toRemove = removing.Where(held.Contains).ToList();
            if (toAdd.Count > 0) Check(await manager.AddToRolesAsync(user, toAdd), "--add");
            if (toRemove.Count > 0) Check(await manager.RemoveFromRolesAsync(user, toRemove), "--remove");
            var profile = await ReloadAsync(services, userId, ct);
            output.Write(ToModel(profile), text => text.WriteLine(Describe(profile)));
            return ExitCodes.Ok;
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

    private static Task<UserProfile> ReloadAsync(IServiceProvider services, string id, CancellationToken ct) =>
        services.GetRequiredService<IUserDirectory>().GetAsync(id, ct);

    private static string CheckRole(string role) =>
        UserRoles.All.FirstOrDefault(r => string.Equals(r, role.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException(null, null, "--role", $"unknown role '{role}' (known: {string.Join(", ", UserRoles.All)})");

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        var message = string.Join(" ", result.Errors.Select(e => e.Description));
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new DrucksachenException(ErrorKind.Conflict, message);
        throw new InputException(null, null, field, message);
    }

    private static DrucksachenException UnknownUser(string id) => new(ErrorKind.NotFound, $"unknown user '{id}'");

    private static UserModel ToModel(UserProfile u) => new(u.Id, u.Name, u.Roles, u.Office, u.Bodies);

    private static string Describe(UserProfile u) =>
        $"{u.Id,-10} {u.Name,-22} {string.Join("/", u.Roles),-16} {u.Office ?? ""}{(u.Bodies.Count > 0 ? $"  Gremien: {string.Join(", ", u.Bodies)}" : "")}";
}
