using Drucksachen.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// A browser fixture whose application runs on a clock the test sets (<see cref="Clock"/>), starting
/// at the real time: for walks that span days, such as a meeting from its notice period to its end.
/// </summary>
public sealed class ClockedBrowserFixture() : BrowserFixture(new ClockedBrowserAppFactory())
{
    public ManualClock Clock => ((ClockedBrowserAppFactory)App).Clock;

    private sealed class ClockedBrowserAppFactory : BrowserAppFactory
    {
        public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClockedBrowserCollection : ICollectionFixture<ClockedBrowserFixture>
{
    public const string Name = "Browser with a clock";
}
