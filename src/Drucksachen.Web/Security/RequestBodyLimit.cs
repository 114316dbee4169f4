using System.Globalization;
using Drucksachen.Core.Input;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Security;

/// <summary>
/// Refuses request bodies beyond <see cref="InputLimits.RequestBodyBytes"/> with 413: at once when
/// the client announces the length, else when reading passes the server's limit (Kestrel's
/// MaxRequestBodySize, set to the same). The API answers problem+json, pages a short German text.
/// </summary>
internal static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > InputLimits.RequestBodyBytes)
            {
                await RefuseAsync(context);
                return;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await RefuseAsync(context);
            }
        });

    private static async Task RefuseAsync(HttpContext context)
    {
        var limit = InputLimits.RequestBodyBytes.ToString("N0", CultureInfo.InvariantCulture);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Anfrage zu groß",
                Detail = $"the request body is larger than {limit} bytes, the limit; send fewer papers per request",
            };
            await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            $"Die Anfrage ist zu groß: höchstens {InputLimits.RequestBodyBytes / (1024 * 1024)} MB sind möglich. Bitte kürzen Sie die Eingabe.");
    }
}
