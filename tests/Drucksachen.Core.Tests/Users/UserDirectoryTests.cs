using Drucksachen.Core.Users;
using Drucksachen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Core.Tests.Users;

/// <summary>Who acts, as every use case and request looks it up: read from the stored account each time.</summary>
public sealed class UserDirectoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindAsync_gives_the_account_with_its_roles_office_and_bodies_by_its_login_name_in_any_case()
    {
        await using var product = await TestProduct.StartAsync();
        await WithAccounts(product, a => a.AddAsync(new AccountInput("weber", "Klaus Weber", ["council", "author"], "Jugendamt", ["sr", "jha"]), null, None));

        var found = await product.Get<IUserDirectory>().FindAsync(" Weber ", None);

        Assert.NotNull(found);
        Assert.Equal(("weber", "Klaus Weber", "Jugendamt"), (found.Id, found.Name, found.Office));
        Assert.Equal(["author", "council"], found.Roles);
        Assert.Equal(["sr", "jha"], found.Bodies);
    }

    [Fact]
    public async Task FindAsync_sees_a_role_taken_away_at_once()
    {
        await using var product = await TestProduct.StartAsync();
        var users = product.Get<IUserDirectory>();
        await WithAccounts(product, a => a.AddAsync(new AccountInput("weber", "Klaus Weber", ["author", "council"], "Jugendamt", ["sr"]), null, None));
        Assert.True((await users.GetAsync("weber", None)).Has(UserRoles.Author));

        await WithAccounts(product, a => a.ChangeRolesAsync("weber", [], ["author"], "admin", None));

        Assert.Equal(["council"], (await users.GetAsync("weber", None)).Roles);
    }

    [Fact]
    public async Task FindAsync_finds_no_one_under_a_name_no_account_has()
    {
        await using var product = await TestProduct.StartAsync();

        Assert.Null(await product.Get<IUserDirectory>().FindAsync("niemand", None));
    }

    private static async Task<T> WithAccounts<T>(TestProduct product, Func<ManageAccounts, Task<T>> use)
    {
        await using var scope = product.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ManageAccounts>());
    }
}
