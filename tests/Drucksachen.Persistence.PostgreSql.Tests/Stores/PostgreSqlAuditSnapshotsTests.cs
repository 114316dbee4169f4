using Drucksachen.Core.Actions;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Persistence.PostgreSql.Tests.Stores;

/// <summary>Verification reads one snapshot on PostgreSQL: what is committed meanwhile is in every stream or in none.</summary>
public sealed class PostgreSqlAuditSnapshotsTests
{
    [Fact]
    public async Task An_action_committed_while_the_audit_reads_is_in_none_of_its_streams()
    {
        await using var product = await TestProduct.StartAsync(provider: DatabaseProviders.PostgreSql);
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        await using (var audit = await product.Get<IHistoryAuditSource>().OpenAuditAsync(CancellationToken.None))
        {
            var entries = await audit.HistoryAsync(CancellationToken.None).CountAsync();
            // Written and committed after the snapshot's first read, while the audit is still open.
            await product.ActAsync(paper, new ActionInput("submit", product.AuthorOf(paper.LeadOffice)));

            var papers = await audit.PapersAsync(CancellationToken.None).ToListAsync();

            Assert.Equal(1, entries);
            Assert.Equal(paper.Version, Assert.Single(papers).Version);
            Assert.Equal("draft", papers[0].State);
        }

        Assert.True((await product.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task History_written_at_clock_times_finer_than_a_microsecond_verifies_on_PostgreSQL()
    {
        await using var product = await TestProduct.StartAsync(provider: DatabaseProviders.PostgreSql);
        product.Clock.Set(TestProduct.DefaultNow.AddTicks(7));
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());
        product.Clock.Set(TestProduct.DefaultNow.AddTicks(12_345_679));

        await product.ActAsync(paper, new ActionInput("submit", product.AuthorOf(paper.LeadOffice)));

        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
        Assert.Equal(2, verification.Entries);
    }
}
