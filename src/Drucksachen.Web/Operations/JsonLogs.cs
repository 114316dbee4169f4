using Microsoft.Extensions.Configuration.Memory;

namespace Drucksachen.Web.Operations;

/// <summary>
/// Logs as one JSON object a line on standard output, with the request's id, path and trace id
/// (ASP.NET Core's request scope) on every line written while a request runs, and UTC timestamps.
/// These are defaults: <c>Logging:Console:FormatterName=simple</c> gives plain text, and every key of
/// <c>Logging:Console:FormatterOptions</c> can be set.
/// </summary>
public static class JsonLogs
{
    public static void AddDefaults(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:Console:FormatterName"] = "json",
                ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
                ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
                ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ",
            },
        });
}
