using Drucksachen.Persistence.Accounts;
using Drucksachen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Nodes;

/// <summary>Two nodes of the web application on one database (on PostgreSQL in Drucksachen.Web.Tests.PostgreSql), as behind a load balancer.</summary>
public sealed class TwoNodes : IDisposable
{
    public TwoNodes()
    {
        Database = TestDatabase.Create("drucksachen-nodes-tests-");
        A = new WebNode(Database);
        B = new WebNode(Database);
        // A migrates and loads the demo; B then starts on a database that has both, as a second node does.
        _ = A.Server;
        _ = B.Server;
    }

    public TestDatabase Database { get; }

    public WebNode A { get; }

    public WebNode B { get; }

    /// <summary>The node that takes request <paramref name="i"/> when requests alternate.</summary>
    public WebNode Alternating(int i) => i % 2 == 0 ? A : B;

    /// <summary>A fresh API token of <paramref name="user"/>, issued through node A.</summary>
    public async Task<string> TokenAsync(string user) =>
        (await A.Services.GetRequiredService<ApiTokenStore>().IssueAsync(user, "nodes", CancellationToken.None)).Secret;

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
        Database.Dispose();
    }
}
