using Drucksachen.Testing;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Nodes;

/// <summary>
/// One node of the web application: a host with services of its own on a database it shares with
/// other nodes. Due timers are processed by the node itself, every 200 ms; OParl checks for changed
/// data at every request, so what a test reads is what the database holds.
/// </summary>
public sealed class WebNode(TestDatabase database) : WebAppFactory(database, ownsDatabase: false)
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Web:Timers:Enabled"] = "true";
        settings["Web:Timers:Interval"] = "00:00:00.200";
        settings["OParl:FreshnessMilliseconds"] = "0";
    }
}
