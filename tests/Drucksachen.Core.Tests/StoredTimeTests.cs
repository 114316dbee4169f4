using Drucksachen.Core.Actions;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests;

/// <summary>
/// Instants are stored to the microsecond, the finest every database keeps: a history entry hashed
/// with a finer instant would come back from PostgreSQL changed and no longer verify.
/// </summary>
public sealed class StoredTimeTests
{
    [Fact]
    public async Task An_action_at_a_clock_time_finer_than_a_microsecond_is_recorded_and_hashed_to_the_microsecond()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());
        product.Clock.Set(TestProduct.DefaultNow.AddTicks(12_345_678));

        await product.ActAsync(paper, new ActionInput("submit", product.AuthorOf(paper.LeadOffice)));

        var entry = (await product.HistoryAsync(paper)).Last();
        Assert.Equal(TestProduct.DefaultNow.AddTicks(12_345_670), entry.At);
        Assert.Equal(TestProduct.DefaultNow.AddTicks(12_345_670), (await product.FindAsync(paper)).ModifiedAt);
        Assert.True((await product.VerifyAsync()).IsIntact);
    }

    [Fact]
    public void Truncating_keeps_whole_microseconds_and_the_offset_free_instant()
    {
        var at = new DateTimeOffset(2022, 10, 20, 8, 0, 0, TimeSpan.FromHours(2)).AddTicks(19);

        Assert.Equal(new DateTimeOffset(2022, 10, 20, 8, 0, 0, TimeSpan.FromHours(2)).AddTicks(10), StoredTime.Truncate(at));
    }
}
