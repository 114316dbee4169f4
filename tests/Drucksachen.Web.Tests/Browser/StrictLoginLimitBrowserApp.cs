namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// The browser tests' application, started on its own, that allows only <see cref="Limit"/> failed
/// sign-ins a minute from one address (the shared application allows many: other tests sign in often).
/// </summary>
public sealed class StrictLoginLimitBrowserApp : BrowserAppFactory, IAsyncLifetime
{
    public const int Limit = 3;

    protected override int LoginAttemptsPerMinute => Limit;

    public Task InitializeAsync()
    {
        Start();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
