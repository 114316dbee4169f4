using Drucksachen.Core.Actions;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Core.Tests.History;

/// <summary>History is append-only, and any change made behind the product's back is found.</summary>
public class VerifyHistoryTests
{
    private static async Task<(TestProduct Product, Paper Untouched, Paper Target)> TwoPapersAsync()
    {
        var product = await TestProduct.StartAsync();
        var untouched = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        var target = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().With(p => p.Title = "Ziel").Build()));
        await product.ActAsync(target, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted, Comment: "ohne Aussprache"));
        var before = await product.VerifyAsync();
        Assert.True(before.IsIntact, before.FirstBroken?.Reason);
        Assert.Equal((2, 4 + 5), (before.Papers, before.Entries));
        return (product, untouched, await product.FindAsync(target));
    }

    private static int Execute(SqliteConnection db, string sql, Guid paperId = default, int sequence = 0)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@paper", paperId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("@sequence", sequence);
        return command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_ReportsThePaperAndEntry_WhoseDetailsWereChanged()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.OpenDatabase())
        {
            Execute(db, "DROP TRIGGER HistoryEntries_NoUpdate");
            var changed = Execute(db, """
                UPDATE HistoryEntries SET Details = replace(Details, 'ohne Aussprache', 'mit Aussprache')
                WHERE upper(PaperId) = @paper AND Sequence = @sequence
                """, target.Id, 5);
            Assert.Equal(1, changed);
        }

        var result = await product.VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(target.Id, result.FirstBroken!.PaperId);
        Assert.Equal(target.Number, result.FirstBroken.Number);
        Assert.Equal(5, result.FirstBroken.Sequence);
        Assert.Contains("altered", result.FirstBroken.Reason);
    }

    [Fact]
    public async Task Verify_ReportsAChangedEntryInTheMiddleOfTheChain()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.OpenDatabase())
        {
            Execute(db, "DROP TRIGGER HistoryEntries_NoUpdate");
            Assert.Equal(1, Execute(db, "UPDATE HistoryEntries SET Actor = 'horn' WHERE upper(PaperId) = @paper AND Sequence = @sequence", target.Id, 2));
        }

        var result = await product.VerifyAsync();

        Assert.Equal((target.Id, 2), (result.FirstBroken!.PaperId, result.FirstBroken.Sequence));
    }

    [Fact]
    public async Task Verify_DetectsTheDeletedLastEntry_ThroughTheAnchorOnThePaper()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.OpenDatabase())
        {
            Execute(db, "DROP TRIGGER HistoryEntries_NoDelete");
            Assert.Equal(1, Execute(db, "DELETE FROM HistoryEntries WHERE upper(PaperId) = @paper AND Sequence = @sequence", target.Id, 5));
        }

        var result = await product.VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(target.Id, result.FirstBroken!.PaperId);
        Assert.Equal(5, result.FirstBroken.Sequence);
        Assert.Contains("removed", result.FirstBroken.Reason);
    }

    [Fact]
    public async Task UpdateAndDeleteOfHistoryEntries_FailWhileTheTriggersAreInPlace()
    {
        var (product, untouched, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.OpenDatabase())
        {
            var update = Assert.Throws<SqliteException>(() =>
                Execute(db, "UPDATE HistoryEntries SET Details = '{}' WHERE upper(PaperId) = @paper", target.Id));
            Assert.Contains("append-only", update.Message);
            var delete = Assert.Throws<SqliteException>(() =>
                Execute(db, "DELETE FROM HistoryEntries WHERE upper(PaperId) = @paper AND Sequence = @sequence", untouched.Id, 4));
            Assert.Contains("append-only", delete.Message);
            var document = Assert.Throws<SqliteException>(() => Execute(db, "DELETE FROM DocumentVersions"));
            Assert.Contains("immutable", document.Message);
        }

        var result = await product.VerifyAsync();
        Assert.True(result.IsIntact, result.FirstBroken?.Reason);
        Assert.Equal(9, result.Entries);
    }
}
