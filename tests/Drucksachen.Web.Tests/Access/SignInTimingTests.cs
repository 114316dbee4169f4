using Drucksachen.Persistence.Accounts;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Drucksachen.Web.Tests.Access;

/// <summary>
/// A sign-in costs one password hash whether the account exists or not, so its time does not tell
/// which user names exist. Checked by the work done, not by a stopwatch.
/// </summary>
public sealed class SignInTimingTests(SignInTimingTests.CountingApp app) : IClassFixture<SignInTimingTests.CountingApp>
{
    [Fact]
    public async Task An_unknown_user_name_costs_a_password_check_like_a_known_one()
    {
        var unknown = await ChecksAsync("niemand-" + Guid.NewGuid().ToString("N")[..6]);
        var known = await ChecksAsync("wagner");

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task A_locked_account_costs_a_password_check_like_any_other()
    {
        await app.AddUserAsync("gesperrt", "Gesperrt Test", ["author"], office: "Jugendamt");
        for (var i = 0; i < 5; i++) await ChecksAsync("gesperrt");

        Assert.Equal(1, await ChecksAsync("gesperrt"));
    }

    private async Task<int> ChecksAsync(string user)
    {
        var client = app.CreateBrowser();
        var before = app.Hasher.Checks;
        await WebAppFactory.PostLoginAsync(client, user, "falsch-" + Guid.NewGuid().ToString("N")[..6]);
        return app.Hasher.Checks - before;
    }

    /// <summary>The application with a password hasher that counts its checks.</summary>
    public sealed class CountingApp : WebAppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<DrucksachenUser>>(Hasher));
        }
    }

    public sealed class CountingHasher : IPasswordHasher<DrucksachenUser>
    {
        private readonly PasswordHasher<DrucksachenUser> _inner = new(Options.Create(new PasswordHasherOptions()));
        private int _checks;

        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(DrucksachenUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(DrucksachenUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
