using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>
/// Per-connection SQLite settings: synchronous=FULL syncs the write-ahead log at every commit, so a
/// commit the product has acknowledged survives a power loss too (with NORMAL the last ones could be
/// lost, and a released number handed out a second time).
/// The page cache may grow to 32 MB (SQLite's default is 2 MB): the indexes that lists, counts and
/// searches read stay in it between requests, where they were read from the file each time (at
/// 100,000 papers a count or a filtered list took two to three times as long). The bound is per open
/// connection, so memory grows with the connections the pools keep open; a connection that mostly
/// writes papers holds a few pages, not the maximum.
/// The settings belong to the native connection, which the pool keeps open and hands out again, so
/// they are applied once per native connection, not on every open. EF's connections get them through
/// this interceptor, the paper sessions' own connections through <see cref="Apply"/>.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>The product's setting: every acknowledged commit survives a power loss.</summary>
    internal const string Durable = "FULL";

    /// <summary>
    /// <see cref="Durable"/>; the benchmarks set NORMAL for connections opened afterwards, to
    /// measure what FULL costs an action, and set it back.
    /// </summary>
    internal static string Synchronous { get; set; } = Durable;

    /// <summary>How long a writer waits for another's write transaction to end before it gives up.</summary>
    internal static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private static string Pragmas =>
        $"PRAGMA synchronous = {Synchronous}; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA cache_size = -32768;";

    // Native connections already set up; an entry goes when its connection is closed for good.
    private static readonly ConditionalWeakTable<object, object> Applied = new();

    /// <summary>Applies the settings to an open connection, unless its native connection has them.</summary>
    public static void Apply(DbConnection connection)
    {
        if (!FirstOpen(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    // Microsoft.Data.Sqlite runs commands synchronously anyway.
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Applied.TryAdd(handle, Applied);
}
