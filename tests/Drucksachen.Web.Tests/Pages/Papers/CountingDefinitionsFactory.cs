using Drucksachen.Testing;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Drucksachen.Web.Tests.Pages.Papers;

/// <summary>The application with a workflow definition store that counts its calls, and a freshness window of ten minutes.</summary>
public sealed class CountingDefinitionsFactory : WebAppFactory
{
    public CountingDefinitionStore Store => CountingDefinitionStore.Of(Services);

    protected override void Configure(IDictionary<string, string?> settings) =>
        settings["Drucksachen:WorkflowFreshnessMilliseconds"] = "600000";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(CountingDefinitionStore.Register);
    }
}
