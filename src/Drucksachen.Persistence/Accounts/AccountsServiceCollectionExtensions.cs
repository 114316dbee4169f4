using Drucksachen.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Drucksachen.Persistence.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// The API token store and the account store behind Core's <see cref="ManageAccounts"/> (scoped: it needs
    /// Identity's UserManager); needs <see cref="PersistenceServiceCollectionExtensions.AddDrucksachenDatabase"/>.
    /// </summary>
    public static IServiceCollection AddDrucksachenApiTokens(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiTokenStore>();
        services.TryAddScoped<IAccountStore, IdentityAccountStore>();
        return services;
    }

    /// <summary>
    /// Account management without a web host (the CLI): Identity's UserManager and RoleManager on
    /// the product database, with Identity's password hashing and rules, and the API token store.
    /// The web application registers the full Identity (sign-in, cookies) itself and needs only
    /// <see cref="AddDrucksachenApiTokens"/>. Resolve the managers from a scope.
    /// </summary>
    public static IServiceCollection AddDrucksachenAccounts(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<DrucksachenUser>(identity => identity.User.RequireUniqueEmail = false)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DrucksachenDbContext>();
        return services.AddDrucksachenApiTokens();
    }
}
