using Drucksachen.Persistence.Accounts;
using Drucksachen.Web.Api.Documents;
using Drucksachen.Web.Api.Maintenance;
using Drucksachen.Web.Api.Meetings;
using Drucksachen.Web.Api.Papers;
using Drucksachen.Web.Api.Tokens;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Api;

/// <summary>
/// The REST API under /api, one MapXxxApi per resource. Reads go through PaperAccess (a paper the
/// caller may not see is 404, and is neither listed nor counted); errors are problem+json with the
/// CLI's messages; callers sign in with the pages' cookie or an API token (Authorization: Bearer).
/// </summary>
public static class DrucksachenApiExtensions
{
    public static IServiceCollection AddDrucksachenApi(this IServiceCollection services)
    {
        services.AddDrucksachenApiTokens();
        services.AddSingleton<VisiblePapers>();
        services.AddApiAuthorization();
        return services;
    }

    public static WebApplication MapDrucksachenApi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(ProblemForEmptyErrorsAsync));
        var group = app.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>();
        group.MapPapersApi();
        group.MapDocumentsApi();
        group.MapMeetingsApi();
        group.MapMaintenanceApi();
        group.MapTokensApi();
        return app;
    }

    // Errors without a body (no such route, wrong method, a query value that is not a number) are
    // answered with problem+json too, not with the HTML error pages.
    private static async Task ProblemForEmptyErrorsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
            return;
        var problem = new ProblemDetails
        {
            Status = response.StatusCode,
            Title = response.StatusCode switch
            {
                404 => "Nicht gefunden", 405 => "Methode nicht erlaubt", 400 => "Ungültige Eingabe", 415 => "Falscher Inhaltstyp", _ => null,
            },
            Detail = response.StatusCode switch
            {
                404 => $"no such API resource: {context.Request.Path}",
                405 => $"{context.Request.Method} is not allowed on {context.Request.Path}",
                400 => "the request could not be read: check the path and query values",
                415 => $"{context.Request.Method} {context.Request.Path} takes {string.Join(" or ", AcceptedTypes.For(context))}, " +
                       $"not '{context.Request.ContentType ?? "a body without Content-Type"}'",
                _ => null,
            },
        };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
