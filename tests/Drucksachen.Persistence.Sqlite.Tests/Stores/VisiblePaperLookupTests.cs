using Drucksachen.Core.Storage;
using Drucksachen.Testing;
using Drucksachen.Core.Users;
using Drucksachen.Persistence;
using static Drucksachen.Persistence.Sqlite.Tests.TestSupport.PaperRowSql;

using Drucksachen.Persistence.Sqlite.Tests.TestSupport;

namespace Drucksachen.Persistence.Sqlite.Tests.Stores;

/// <summary>
/// Opening a paper by id or number loaded the whole paper before the access rule turned the viewer
/// away, so a paper they may not see answered more slowly than a missing one. The lookup for a
/// viewer now reads no row of a paper they may not see: here such a row is made unreadable, and
/// the lookup answers "none" as for a missing paper, while whoever may see the paper fails to read it.
/// </summary>
public sealed class VisiblePaperLookupTests : IDisposable
{
    private static readonly UserProfile Clerk = new("krause", "Krause", [UserRoles.Clerk], null, []);

    private readonly StoreDatabaseFile _file = new();

    [Fact]
    public async Task FindVisible_ReadsNoRowOfAPaperTheViewerMayNotSee()
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var hidden = Guid.NewGuid();
        using (var connection = Open(_file.ConnectionString))
        {
            Insert(connection, hidden, "Grundstücksankauf Nordstrand", new() { ["sachverhalt"] = "Der Kaufpreis ist vertraulich." });
            Release(connection, hidden, 2, isPublic: false);
            Execute(connection, """UPDATE "Papers" SET "Deadline" = 'unlesbar' WHERE "Id" = @id""", ("@id", Id(hidden)));
        }
        var store = _file.Store<IPaperReads>();

        foreach (var reference in new[] { "2/30", hidden.ToString(), hidden.ToString()[..8], "3/30", Guid.NewGuid().ToString() })
            Assert.Null(await store.FindVisibleAsync(reference, null, CancellationToken.None));
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => store.FindVisibleAsync("2/30", Clerk, CancellationToken.None));
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => store.FindAsync("2/30", CancellationToken.None));
    }

    public void Dispose() => _file.Dispose();
}
