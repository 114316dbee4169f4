using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Stores;
using Drucksachen.Web.OParl;

namespace Drucksachen.Web;

/// <summary>Registers OParl 1.1 under /oparl (see <see cref="OParlEndpoints"/>).</summary>
public static class OParlRegistration
{
    public static IServiceCollection AddOParl(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("OParl").Get<OParlOptions>() ?? new OParlOptions());
        services.AddSingleton<IOParlReader, EfOParlReader>();
        services.AddSingleton<OParlIndexCache>();
        return services;
    }

    public static WebApplication MapOParl(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(OParlEndpoints.Prefix), branch => branch.Use(OParlEndpoints.Middleware));
        var oparl = app.MapGroup(OParlEndpoints.Prefix).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        SystemObjects.Map(oparl);
        BodyObjects.Map(oparl);
        LegislativeTermObjects.Map(oparl);
        OrganizationObjects.Map(oparl);
        PersonObjects.Map(oparl);
        MembershipObjects.Map(oparl);
        MeetingObjects.Map(oparl);
        AgendaItemObjects.Map(oparl);
        PaperObjects.Map(oparl);
        ConsultationObjects.Map(oparl);
        FileObjects.Map(oparl);
        LocationObjects.Map(oparl);
        return app;
    }

}
