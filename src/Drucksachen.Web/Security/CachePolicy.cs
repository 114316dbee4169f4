using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Microsoft.Net.Http.Headers;

namespace Drucksachen.Web.Security;

/// <summary>
/// Who may keep a response: decided here, once, for every response, from what the endpoint says it
/// served. Only content everyone may see (a released public paper's PDF, OParl, static files) that
/// was served successfully may be kept by shared caches; everything else is
/// <c>private, no-store</c> and varies by the caller's cookie and token, so no proxy or browser
/// cache hands one caller's answer to another or keeps it after sign-out.
/// </summary>
public static class CachePolicy
{
    /// <summary>How long caches keep what never changes once stored (a PDF version, a style sheet).</summary>
    public static readonly TimeSpan Lasting = TimeSpan.FromHours(1);

    /// <summary>How long caches keep public content that changes as papers move on (OParl objects and lists).</summary>
    public static readonly TimeSpan Current = TimeSpan.FromMinutes(1);

    private const string Private = "private, no-store";
    private const string VaryByCaller = "Cookie, Authorization";

    public static IApplicationBuilder UseCachePolicy(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Decide(context);
                return Task.CompletedTask;
            });
            return next();
        });

    /// <summary>Says that the response is the same for every caller and may be kept for <paramref name="maxAge"/>.</summary>
    public static void ServedPublicly(this HttpContext http, TimeSpan maxAge) => http.Features.Set(new PublicContent(maxAge));

    /// <summary>Says that the response is <paramref name="paper"/>'s content: public only if the paper is released and public.</summary>
    public static void Served(this HttpContext http, Paper paper, TimeSpan maxAge)
    {
        if (PaperAccess.IsPublic(paper)) http.ServedPublicly(maxAge);
    }

    private static void Decide(HttpContext context)
    {
        var response = context.Response;
        var headers = response.Headers;
        var status = response.StatusCode;
        if (context.Features.Get<PublicContent>() is { } served
            && status is StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified)
        {
            headers.CacheControl = $"public, max-age={(int)served.MaxAge.TotalSeconds}";
            return;
        }
        headers.CacheControl = Private;
        headers.Append(HeaderNames.Vary, VaryByCaller);
    }

    private sealed record PublicContent(TimeSpan MaxAge);
}
