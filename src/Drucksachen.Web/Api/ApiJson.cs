using System.Text.Json;
using Drucksachen.Core.Errors;

namespace Drucksachen.Web.Api;

/// <summary>Reads request bodies so that malformed JSON is a 400 with a message, like every other input error.</summary>
internal static class ApiJson
{
    /// <summary>The body as <typeparamref name="T"/>; <paramref name="empty"/> when there is no body at all.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, T empty, CancellationToken ct) where T : class
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && string.IsNullOrEmpty(request.ContentType)))
            return empty;
        if (!request.HasJsonContentType())
            throw new InputException(null, null, "body", $"send JSON (Content-Type: application/json), not '{request.ContentType}'");
        try
        {
            return await request.ReadFromJsonAsync<T>(ct) ?? empty;
        }
        catch (JsonException e)
        {
            // The serializer's own message names .NET types ("could not be converted to System.Int32").
            var at = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
            var reason = e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"malformed JSON: the value{at} has the wrong kind (text, number, true/false, list or object) for its field"
                : $"malformed JSON{at}: check quotes, commas and brackets";
            throw new InputException(null, e.LineNumber is { } line ? (int)line + 1 : null, "body", reason);
        }
    }
}
