using System.Globalization;
using System.Text.Json.Nodes;
using Drucksachen.Web.Security;
using Microsoft.AspNetCore.Diagnostics;

namespace Drucksachen.Web.OParl;

/// <summary>
/// OParl 1.1 under /oparl: the read-only standard interface of council information systems, public
/// data only, anonymous, CORS open, HEAD answered like GET, errors as OParl error objects.
/// </summary>
public static class OParlEndpoints
{
    public const string Prefix = "/oparl";
    public const string ErrorType = OParlContext.Schema + "Error";

    /// <summary>GET and HEAD of one route; the handler gets the request's OParl context.</summary>
    internal static void Get(this RouteGroupBuilder group, string pattern, Func<HttpContext, OParlContext, Task<IResult>> handler)
    {
        // Typed as a Delegate: a lambda taking only HttpContext would otherwise bind as a RequestDelegate and drop the result.
        Func<HttpContext, Task<IResult>> endpoint = async http => await handler(http, await OParlContext.ForAsync(http));
        group.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], (Delegate)endpoint);
    }

    internal static void Get(this RouteGroupBuilder group, string pattern, Func<HttpContext, OParlContext, IResult> handler) =>
        group.Get(pattern, (http, context) => Task.FromResult(handler(http, context)));

    /// <summary>An object as JSON (200).</summary>
    internal static IResult Json(JsonNode json) => new OParlJsonResult(json, StatusCodes.Status200OK);

    /// <summary>An OParl error object with its HTTP status.</summary>
    internal static IResult Error(int status, string message) =>
        new OParlJsonResult(ErrorObject(message), status);

    internal static IResult NotFound(string what) => Error(StatusCodes.Status404NotFound, $"{what} gibt es nicht.");

    private static JsonObject ErrorObject(string message) => new() { ["type"] = ErrorType, ["message"] = message };

    internal static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.Headers.AccessControlAllowOrigin = "*";
            response.Headers.AccessControlExposeHeaders = "ETag, Last-Modified, Content-Disposition, Content-Length";
            return Task.CompletedTask;
        });
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            response.Headers.AccessControlAllowMethods = "GET, HEAD, OPTIONS";
            response.Headers.AccessControlAllowHeaders = "*";
            response.Headers.AccessControlMaxAge = "86400";
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        // OParl holds public data only, the same for every caller.
        context.ServedPublicly(CachePolicy.Current);
        // The product's HTML error pages are for people; OParl clients get error objects.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        try
        {
            await next(context);
        }
        catch (Exception e) when (!response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OParl").LogError(e, "OParl request {Path} failed", context.Request.Path);
            response.Clear();
            await new OParlJsonResult(ErrorObject("Interner Fehler des Servers."), StatusCodes.Status500InternalServerError).ExecuteAsync(context);
            return;
        }
        if (response.StatusCode >= 400 && !response.HasStarted)
        {
            var message = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => "Unter dieser URL gibt es kein OParl-Objekt.",
                StatusCodes.Status405MethodNotAllowed => "Die OParl-Schnittstelle kann nur gelesen werden (GET, HEAD).",
                _ => $"Die Anfrage ist fehlgeschlagen (HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)}).",
            };
            await new OParlJsonResult(ErrorObject(message), response.StatusCode).ExecuteAsync(context);
        }
    }

    /// <summary>JSON with its length; for HEAD the same headers and no body.</summary>
    private sealed class OParlJsonResult(JsonNode json, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var body = OParlContext.Serialize(json);
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
