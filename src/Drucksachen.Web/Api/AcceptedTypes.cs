using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Drucksachen.Web.Api;

/// <summary>
/// The content types the API's endpoints take for a request's method and path, as they declare
/// them (Accepts). Routing answers 415 before any endpoint runs, so the message looks them up here.
/// </summary>
internal static class AcceptedTypes
{
    public static IReadOnlyList<string> For(HttpContext context)
    {
        var (method, path) = (context.Request.Method, context.Request.Path);
        return context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true)
            .Where(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), []).TryMatch(path, []))
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
