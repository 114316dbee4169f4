using System.Threading.RateLimiting;

namespace Drucksachen.Web.Security;

/// <summary>
/// Failed sign-ins per client address and minute. Only failures count: page views and successful
/// sign-ins do not, so the staff behind one city proxy (one address) can all sign in, while guessing
/// passwords from one address stops after <see cref="WebOptions.LoginAttemptsPerMinute"/> failures.
/// Each account is also locked after five failures of its own (Identity's lockout).
/// </summary>
public sealed class FailedSignIns(WebOptions web) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = web.LoginAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
        }));

    public bool IsExhausted(string address) => _failures.GetStatistics(address) is { CurrentAvailablePermits: <= 0 };

    public void Record(string address)
    {
        using var _ = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();
}
