using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Sqlite.Tests.TestSupport;

namespace Drucksachen.Persistence.Sqlite.Tests.Sessions;

/// <summary>
/// The paper sessions' writers of one process take turns before SQLite's write lock; a turn not
/// passed on would hold every later writer of the process for the whole busy timeout (30 s).
/// </summary>
public sealed class PaperSessionsTests : IDisposable
{
    private static readonly TimeSpan WellBelowTheBusyTimeout = TimeSpan.FromSeconds(5);

    private readonly StoreDatabaseFile _file = new();

    [Fact]
    public async Task A_writer_that_commits_or_ends_without_committing_lets_the_next_begin_at_once()
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var sessions = _file.Store<IPaperSessions>();

        await using (var committed = sessions.OpenSession())
        {
            await committed.BeginAsync(CancellationToken.None);
            await committed.CommitAsync(CancellationToken.None);
        }
        await using (var abandoned = sessions.OpenSession())
            await abandoned.BeginAsync(CancellationToken.None);

        using var soon = new CancellationTokenSource(WellBelowTheBusyTimeout);
        await using var next = sessions.OpenSession();
        await next.BeginAsync(soon.Token);
        await next.CommitAsync(soon.Token);
    }

    public void Dispose() => _file.Dispose();
}
