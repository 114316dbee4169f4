using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Drucksachen.Web.Operations;

/// <summary>
/// What a load balancer asks: <c>/health/live</c> (the process answers; restart it if not) and
/// <c>/health/ready</c> (the database is reachable and has every migration this version needs; send
/// no requests until it is). Both answer 200 "Healthy" or 503 "Unhealthy", to anyone, and tell nothing else.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddDrucksachenHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [Ready]);
        return services;
    }

    public static WebApplication MapDrucksachenHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}
