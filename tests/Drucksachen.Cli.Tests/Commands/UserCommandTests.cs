using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Persistence.Accounts;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class UserCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Adding_a_council_member_lists_them_with_roles_and_bodies()
    {
        var added = (await _cli.RunOkAsync("user", "add", "weber", "--name", "Klaus Weber", "--role", "council",
            "--body", "jha", "--body", "Stadtrat", "--password", "Geheim-2026!", "--json")).Json;

        Assert.Equal("weber", added.GetProperty("id").GetString());
        Assert.Equal(["council"], added.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["jha", "sr"], added.GetProperty("bodies").EnumerateArray().Select(b => b.GetString()));
        var list = (await _cli.RunOkAsync("user", "list", "--json")).Json;
        var weber = Assert.Single(list.EnumerateArray(), u => u.GetProperty("id").GetString() == "weber");
        Assert.Equal("Klaus Weber", weber.GetProperty("name").GetString());
        Assert.Contains(list.EnumerateArray(), u => u.GetProperty("id").GetString() == "krause");
        Assert.Contains("weber", (await _cli.RunOkAsync("user", "list")).Stdout);
    }

    [Fact]
    public async Task The_password_is_stored_hashed_by_Identity()
    {
        await _cli.RunOkAsync("user", "add", "weber", "--name", "Klaus Weber", "--role", "author", "--office", "Jugendamt",
            "--password", "Geheim-2026!");

        using var db = _cli.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = """SELECT "PasswordHash" FROM "AspNetUsers" WHERE "UserName" = 'weber'""";
        var hash = (string)command.ExecuteScalar()!;
        Assert.DoesNotContain("Geheim", hash);
        Assert.True(hash.Length > 40);
    }

    [Fact]
    public async Task A_weak_password_exits_with_2_and_adds_nobody()
    {
        var result = await _cli.RunAsync("user", "add", "weber", "--name", "Klaus Weber", "--role", "author", "--password", "kurz");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: option '--password': ", Assert.Single(result.ErrorLines));
        Assert.DoesNotContain("weber", (await _cli.RunOkAsync("user", "list")).Stdout);
    }

    [Theory]
    [InlineData("--role", "mayor")]
    [InlineData("--office", "Amt für Träume")]
    [InlineData("--body", "Ältestenrat")]
    public async Task Unknown_roles_offices_and_bodies_exit_with_2(string option, string value)
    {
        var args = new List<string> { "user", "add", "weber", "--name", "Klaus Weber", "--json" };
        if (option != "--role") args.AddRange(["--role", "author"]);
        args.AddRange([option, value]);

        var result = await _cli.RunAsync([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.ErrorJson.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Adding_an_existing_user_exits_with_4()
    {
        var result = await _cli.RunAsync("user", "add", "krause", "--name", "Noch eine Krause", "--role", "clerk");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("error: user 'krause' exists already", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Roles_are_added_and_removed_and_the_change_takes_effect_at_once()
    {
        await _cli.RunOkAsync("init", "--demo");

        var changed = (await _cli.RunOkAsync("user", "role", "becker", "--add", "clerk", "--remove", "council", "--json")).Json;

        Assert.Equal(["clerk"], changed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        // A clerk may record outcomes: the next command sees the new role.
        await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "becker");
    }

    [Fact]
    public async Task Changing_the_roles_of_an_unknown_user_exits_with_3()
    {
        var result = await _cli.RunAsync("user", "role", "nobody", "--add", "clerk");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("error: unknown user 'nobody'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Role_without_add_or_remove_exits_with_2()
    {
        var result = await _cli.RunAsync("user", "role", "krause");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task A_token_is_printed_once_and_only_its_hash_is_stored()
    {
        var made = (await _cli.RunOkAsync("user", "token", "krause", "--name", "Import RIS", "--json")).Json;

        var token = made.GetProperty("token").GetString()!;
        Assert.StartsWith("dst_", token);
        using (var db = _cli.OpenDatabase())
        using (var command = db.CreateCommand())
        {
            command.CommandText = """SELECT "Hash" FROM "ApiTokens" """;
            Assert.Equal(ApiTokenStore.Hash(token), (string)command.ExecuteScalar()!);
        }
        var listed = (await _cli.RunOkAsync("user", "tokens", "krause", "--json")).Json;
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal("Import RIS", entry.GetProperty("name").GetString());
        Assert.False(entry.TryGetProperty("token", out _));
        Assert.DoesNotContain(token, (await _cli.RunOkAsync("user", "tokens", "krause")).Stdout);
    }

    [Fact]
    public async Task A_revoked_token_is_listed_as_revoked()
    {
        var id = (await _cli.RunOkAsync("user", "token", "krause", "--name", "Import RIS", "--json")).Json.GetProperty("id").GetString()!;

        await _cli.RunOkAsync("user", "revoke", "krause", id);

        var entry = Assert.Single((await _cli.RunOkAsync("user", "tokens", "krause", "--json")).Json.EnumerateArray());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, entry.GetProperty("revokedAt").ValueKind);
        Assert.Equal(3, (await _cli.RunAsync("user", "revoke", "becker", id)).ExitCode);
    }

    [Fact]
    public async Task A_token_for_an_unknown_user_exits_with_3()
    {
        var result = await _cli.RunAsync("user", "token", "nobody", "--name", "x");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("error: unknown user 'nobody'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Lock_locks_the_account_for_good_and_unlock_frees_it()
    {
        await _cli.RunOkAsync("init", "--demo");

        await _cli.RunOkAsync("user", "lock", "krause");
        var locked = LockoutEnd("krause");
        await _cli.RunOkAsync("user", "unlock", "krause");

        Assert.StartsWith("9999-12-31", locked);
        Assert.Null(LockoutEnd("krause"));
        Assert.Equal(3, (await _cli.RunAsync("user", "lock", "nobody")).ExitCode);
    }

    private string? LockoutEnd(string user)
    {
        using var db = _cli.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = """SELECT "LockoutEnd" FROM "AspNetUsers" WHERE "UserName" = @user""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@user";
        parameter.Value = user;
        command.Parameters.Add(parameter);
        // Text on SQLite, a timestamptz on PostgreSQL: compared as the instant it stands for.
        return command.ExecuteScalar() switch
        {
            null or DBNull => null,
            DateTime instant => instant.ToUniversalTime().ToString("yyyy-MM-dd"),
            var text => text.ToString(),
        };
    }
}
