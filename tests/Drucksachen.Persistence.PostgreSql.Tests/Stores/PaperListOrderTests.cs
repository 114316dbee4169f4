using Drucksachen.Testing;

namespace Drucksachen.Persistence.PostgreSql.Tests.Stores;

/// <summary>The paper lists keep SQLite's order on PostgreSQL, which sorts nulls first where SQLite sorts them last.</summary>
public sealed class PaperListOrderTests
{
    [Fact]
    public async Task The_list_shows_numbered_papers_newest_first_and_papers_without_number_last()
    {
        await using var product = await TestProduct.StartAsync(provider: DatabaseProviders.PostgreSql);
        var draft = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Title = "Entwurf").Build());
        var first = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        var second = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        var listed = await product.ListAsync();

        Assert.Equal([second.Id, first.Id, draft.Id], listed.Select(p => p.Id));
    }
}
