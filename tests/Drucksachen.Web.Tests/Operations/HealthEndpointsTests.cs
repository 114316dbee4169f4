using System.Net;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Operations;

public sealed class HealthEndpointsTests : IDisposable
{
    private readonly WebAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task LiveAndReady_AreHealthy_OnAMigratedDatabase()
    {
        using var client = _app.CreateClient();

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await AskAsync(client, "/health/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await AskAsync(client, "/health/ready"));
    }

    [Fact]
    public async Task Ready_IsUnhealthy_WhileTheDatabaseLacksAMigration_AndLiveStaysHealthy()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, "/health/ready")).Status);

        // As when a node of a newer version is put in front of a database not yet migrated to it.
        using (var connection = _app.Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await AskAsync(client, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await AskAsync(client, "/health/live"));
    }

    private static async Task<(HttpStatusCode Status, string Text)> AskAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
