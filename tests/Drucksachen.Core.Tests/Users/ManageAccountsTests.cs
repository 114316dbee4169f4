using Drucksachen.Core.Errors;
using Drucksachen.Testing;
using Drucksachen.Core.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Core.Tests.Users;

/// <summary>The account rules the command line and the administrators' pages share.</summary>
public sealed class ManageAccountsTests
{
    private static AccountInput Weber(params string[] roles) => new("weber", "Klaus Weber", roles, null, []);

    [Theory]
    [InlineData("role", "Weber")]
    [InlineData("office", "Amt für Träume")]
    [InlineData("body", "Kleingartenbeirat")]
    public async Task Add_refuses_what_the_city_does_not_know_naming_the_field_and_stores_nothing(string field, string value)
    {
        await using var product = await TestProduct.StartAsync();
        var input = field switch
        {
            "role" => Weber(value),
            "office" => Weber("author") with { Office = value },
            _ => Weber("council") with { Bodies = [value] },
        };

        var e = await Assert.ThrowsAsync<InputException>(() => WithAccounts(product, a => a.AddAsync(input, null, CancellationToken.None)));

        Assert.Equal(field, e.Field);
        Assert.Contains(value, e.Message);
        Assert.Null(await product.Get<IUserDirectory>().FindAsync("weber", CancellationToken.None));
    }

    [Fact]
    public async Task Add_takes_names_and_keys_as_the_city_spells_them()
    {
        await using var product = await TestProduct.StartAsync();

        var added = await WithAccounts(product, a => a.AddAsync(
            new AccountInput(" weber ", " Klaus Weber ", ["Council", "council"], null, ["Stadtrat", "jha"]), null, CancellationToken.None));

        Assert.Equal(("weber", "Klaus Weber", "council"), (added.Id, added.Name, Assert.Single(added.Roles)));
        Assert.Equal(["sr", "jha"], added.Bodies);
    }

    [Fact]
    public async Task Add_refuses_an_existing_login_name_as_a_conflict()
    {
        await using var product = await TestProduct.StartAsync();

        var e = await Assert.ThrowsAsync<DrucksachenException>(() =>
            WithAccounts(product, a => a.AddAsync(new AccountInput("Krause", "Zweite Krause", ["clerk"], null, []), null, CancellationToken.None)));

        Assert.Equal(ErrorKind.Conflict, e.Kind);
    }

    [Fact]
    public async Task ChangeRoles_refuses_a_role_both_added_and_removed()
    {
        await using var product = await TestProduct.StartAsync();

        var e = await Assert.ThrowsAsync<InputException>(() =>
            WithAccounts(product, a => a.ChangeRolesAsync("krause", ["author"], ["Author"], null, CancellationToken.None)));

        Assert.Equal("remove", e.Field);
    }

    [Fact]
    public async Task An_administrator_can_neither_take_their_own_administration_role_nor_lock_themselves_out()
    {
        await using var product = await TestProduct.StartAsync();

        var take = await Assert.ThrowsAsync<DrucksachenException>(() =>
            WithAccounts(product, a => a.ChangeRolesAsync("admin", [], ["admin"], "admin", CancellationToken.None)));
        var own = await Assert.ThrowsAsync<DrucksachenException>(() => WithAccounts(product, a => a.LockAsync("admin", "admin", CancellationToken.None)));

        Assert.Equal((ErrorKind.NotAllowed, ErrorKind.NotAllowed), (take.Kind, own.Kind));
        Assert.True((await product.Get<IUserDirectory>().GetAsync("admin", CancellationToken.None)).Has(UserRoles.Admin));
        Assert.Empty(await WithAccounts(product, a => a.LockedAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Change_sets_office_and_bodies_and_lock_and_unlock_show_in_the_locked_accounts()
    {
        await using var product = await TestProduct.StartAsync();

        var changed = await WithAccounts(product, a => a.ChangeAsync(
            new AccountInput("krause", "Sabine Krause", ["clerk", "council"], "Jugendamt", ["sr"]), "admin", CancellationToken.None));
        await WithAccounts(product, a => a.LockAsync("krause", "admin", CancellationToken.None));
        var locked = await WithAccounts(product, a => a.LockedAsync(CancellationToken.None));
        await WithAccounts(product, a => a.UnlockAsync("krause", CancellationToken.None));

        Assert.Equal(["clerk", "council"], changed.Roles);
        Assert.Equal("Jugendamt", changed.Office);
        Assert.Equal(["sr"], changed.Bodies);
        Assert.Equal(["krause"], locked);
        Assert.Empty(await WithAccounts(product, a => a.LockedAsync(CancellationToken.None)));
    }

    private static async Task<T> WithAccounts<T>(TestProduct product, Func<ManageAccounts, Task<T>> use)
    {
        await using var scope = product.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ManageAccounts>());
    }
}
