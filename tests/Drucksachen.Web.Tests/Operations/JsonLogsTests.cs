using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Drucksachen.Web.Tests.Operations;

public sealed class JsonLogsTests
{
    private sealed class PlainLogs : WebAppFactory
    {
        protected override void Configure(IDictionary<string, string?> settings) => settings["Logging:Console:FormatterName"] = "simple";
    }

    [Fact]
    public void TheConsoleLog_IsJson_WithTheRequestScope_AndUtcTimestamps()
    {
        using var app = new WebAppFactory();

        Assert.Equal(ConsoleFormatterNames.Json, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        var json = app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }

    [Fact]
    public void TheConsoleLog_IsPlainText_WhenTheConfigurationSaysSo()
    {
        using var app = new PlainLogs();

        Assert.Equal(ConsoleFormatterNames.Simple, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }
}
