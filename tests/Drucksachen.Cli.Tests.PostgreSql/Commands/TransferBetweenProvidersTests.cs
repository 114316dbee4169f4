using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Core;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Demo;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Tests.Commands;

/// <summary>`transfer` from SQLite to PostgreSQL and back (needs both, so it lives in the PostgreSQL project only).</summary>
public sealed class TransferBetweenProvidersTests
{
    private const int Generated = 1_000;

    [Fact]
    public async Task The_demo_and_1000_papers_go_from_SQLite_to_PostgreSQL_and_back_with_every_table_equal_and_verifying()
    {
        await using var product = await TestProduct.StartAsync(provider: DatabaseProviders.Sqlite);
        await DemoData.LoadAsync(product.Services, CancellationToken.None);
        await GenerateAsync(product);
        using var postgreSql = TestDatabase.Create(provider: DatabaseProviders.PostgreSql);
        using var back = TestDatabase.Create(provider: DatabaseProviders.Sqlite);

        var there = await TransferAsync(product.Database, postgreSql);
        var again = await TransferAsync(postgreSql, back);

        var source = await Tallies.OfAsync(product.Database);
        Assert.Equal(source, await Tallies.OfAsync(postgreSql));
        Assert.Equal(source, await Tallies.OfAsync(back));
        Assert.Equal(Generated + 1, source.Single(t => t.Table == "Papers").Rows);
        foreach (var transfer in new[] { there, again })
        {
            Assert.Matches($@"\nPapers +{Generated + 1} +{Generated + 1} +[0-9a-f]{{64}}\n", transfer.Stdout);
            Assert.Contains("every count and checksum equal", transfer.Stdout);
            Assert.Contains($"history intact: {source.Single(t => t.Table == "HistoryEntries").Rows} entries of {Generated + 1} paper(s)", transfer.Stdout);
        }
        foreach (var copy in new[] { postgreSql, back })
        {
            Assert.Equal(await SearchAsync(product.Database), await SearchAsync(copy));
            await WorksOnAsync(copy);
        }
    }

    [Fact]
    public async Task A_copy_that_would_change_a_value_is_rolled_back_leaving_the_target_empty()
    {
        using var cli = new CliSandbox(DatabaseProviders.Sqlite);
        using var postgreSql = TestDatabase.Create(provider: DatabaseProviders.PostgreSql);
        await cli.RunOkAsync("init", "--demo");
        // An instant finer than PostgreSQL keeps, as SQLite files written before instants were stored to the microsecond hold them.
        using (var db = cli.OpenDatabase())
        using (var command = db.CreateCommand())
        {
            command.CommandText = """UPDATE "WorkflowDefinitions" SET "LoadedAt" = '2022-10-20T06:00:00.0000007Z'""";
            Assert.Equal(3, command.ExecuteNonQuery());
        }

        var transfer = await cli.RunAsync("transfer", "--to-provider", postgreSql.Provider, "--to", postgreSql.ConnectionString);

        Assert.Equal(1, transfer.ExitCode);
        Assert.Contains("DIFFERS", Assert.Single(transfer.Stdout.Split('\n'), l => l.StartsWith("WorkflowDefinitions", StringComparison.Ordinal)));
        Assert.Contains("error: the copy differs from the source in WorkflowDefinitions: it was rolled back and the target left empty", transfer.Stderr);
        Assert.All(await Tallies.OfAsync(postgreSql), t => Assert.Equal(0, t.Rows));
    }

    private static async Task<CliResult> TransferAsync(TestDatabase from, TestDatabase to)
    {
        var transfer = await CliSandbox.RunAsync(from.Settings, "transfer", "--to-provider", to.Provider, "--to", to.ConnectionString);
        Assert.True(transfer.ExitCode == 0, transfer.ToString());
        from.ReleaseConnections();
        to.ReleaseConnections();
        return transfer;
    }

    // Through the workflow as offices work: a fifth each left as drafts, submitted and co-signed,
    // released, and with an outcome; a third of them not public.
    private static async Task GenerateAsync(TestProduct product)
    {
        product.Clock.Set(TestProduct.DefaultNow);
        var papers = await product.ImportAsync(Enumerable.Range(1, Generated)
            .Select(i => product.Read(PaperMarkdown.Information().With(p =>
            {
                p.Title = $"Quartiersbericht {i}";
                p.Public = i % 3 != 0;
            }).Build(), $"bericht-{i}.md"))
            .ToList());
        for (var i = 0; i < papers.Count; i++)
        {
            if (i % 5 == 2) await product.ToReleaseAsync(papers[i]);
            if (i % 5 > 2) await product.ToConsultationAsync(papers[i]);
        }
        product.Clock.Set(Berlin.At(2022, 10, 21, 10));
        for (var i = 4; i < papers.Count; i += 5)
            await product.ActAsync(papers[i], new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted));
    }

    // What the public and a clerk find: the search tables the target's triggers filled.
    private static async Task<(int Public, int PublicWord, int Clerk)> SearchAsync(TestDatabase database)
    {
        await using var services = new ServiceCollection()
            .AddDrucksachenCore(TestProduct.ShippedOptions())
            .AddDrucksachenDatabase(database.Settings)
            .AddDrucksachenAccounts()
            .BuildServiceProvider();
        var search = services.GetRequiredService<IPaperSearch>();
        var clerk = await services.GetRequiredService<IUserDirectory>().GetAsync(DemoUsers.Clerk, CancellationToken.None);
        var everyPublic = await search.SearchAsync(new PaperSearch("Quartiersbericht"), null, CancellationToken.None);
        var onePublic = await search.SearchAsync(new PaperSearch("Quartiersbericht 520"), null, CancellationToken.None);
        var oneDraft = await search.SearchAsync(new PaperSearch("Quartiersbericht 516", ReleasedOnly: false), clerk, CancellationToken.None);
        database.ReleaseConnections();
        Assert.True(everyPublic.Total > 0 && onePublic.Total == 1 && oneDraft.Total == 1, $"{everyPublic.Total}, {onePublic.Total}, {oneDraft.Total}");
        return (everyPublic.Total, onePublic.Total, oneDraft.Total);
    }

    // New history entries, papers and tokens take keys after the copied ones.
    private static async Task WorksOnAsync(TestDatabase copy)
    {
        var file = Path.Combine(copy.Folder, "kita.md");
        await File.WriteAllTextAsync(file, SamplePapers.Beschlussvorlage);
        var import = await CliSandbox.RunAsync(copy.Settings, "import", file);
        var act = await CliSandbox.RunAsync(copy.Settings, "act", DemoData.Number, "record", "--outcome", "noted", "--as", DemoUsers.Clerk);
        var verify = await CliSandbox.RunAsync(copy.Settings, "verify");
        copy.ReleaseConnections();

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(act.ExitCode == 0, act.ToString());
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }
}
