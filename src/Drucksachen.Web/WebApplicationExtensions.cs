using Drucksachen.Core;
using Drucksachen.Core.Demo;
using Drucksachen.Core.Input;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Web.Api;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Operations;
using Drucksachen.Web.Security;
using Drucksachen.Web.Timers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace Drucksachen.Web;

/// <summary>Registration and pipeline of the web application, so Program.cs stays a table of contents.</summary>
public static class WebApplicationExtensions
{
    public static WebApplicationBuilder AddDrucksachenWeb(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // The shipped city configuration sits beside the program (it is the CLI's file, linked), not
        // in the content root; it goes first, so appsettings in the content root, environment
        // variables and the command line still override it.
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
        JsonLogs.AddDefaults(configuration);
        var options = configuration.GetSection("Drucksachen").Get<DrucksachenOptions>() ?? new DrucksachenOptions();
        options.ResolveDataFolders(AppContext.BaseDirectory);
        var web = configuration.GetSection("Web").Get<WebOptions>() ?? new WebOptions();
        var services = builder.Services;
        services.AddSingleton(web);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = InputLimits.RequestBodyBytes);
        services.AddDrucksachenCore(options);
        services.AddDrucksachenDatabase(DatabaseSettings.From(configuration));

        services.AddDrucksachenDataProtection(web.DataProtection);

        services.AddIdentity<DrucksachenUser, IdentityRole>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<DrucksachenDbContext>()
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddSignInManager<DrucksachenSignInManager>()
            .AddDefaultTokenProviders();
        // The cookie's account is checked on every request: a changed security stamp (sign-out,
        // password change) refuses it, and its roles are read anew, so a role taken away counts at once.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Anmelden";
            cookie.AccessDeniedPath = "/Anmelden";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorization();
        services.AddSingleton<FailedSignIns>();
        services.AddProblemDetails();
        if (!Uri.TryCreate(web.PublicBaseUrl, UriKind.Absolute, out var publicBase) || publicBase.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Web:PublicBaseUrl '{web.PublicBaseUrl}' is not an http(s) address like https://ratsinfo.erfurt.de");
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = [new OpenApiServer { Url = web.PublicBaseUrl.TrimEnd('/') }];
            return Task.CompletedTask;
        }));
        services.AddRazorPages();
        services.AddDrucksachenApi();
        services.AddOParl();
        services.AddDrucksachenPages();
        services.AddDrucksachenHealth();
        services.AddDrucksachenForwardedHeaders(web.Proxy);
        services.AddDueTimerProcessing(web.Timers);
        return builder;
    }

    /// <summary>Migrates the database, creates configured accounts, loads workflows and, in demo mode, the demo paper.</summary>
    public static async Task InitializeDrucksachenWebAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseLocation>();
        app.Logger.LogInformation("Datenbank: {File}{Default}", database.Description,
            database.IsDefault ? " (Vorgabe; ConnectionStrings__Drucksachen wählt eine andere)" : "");
        await app.Services.InitializeDrucksachenAsync(CancellationToken.None);
        // A broken template or a missing font stops the server's start, not the first render.
        app.Services.GetRequiredService<Drucksachen.Documents.DocumentRenderer>();
        var web = app.Services.GetRequiredService<WebOptions>();
        if (!web.Demo) return;

        // The demo replays October 2022 on a clock of its own, against the same database.
        var clock = DemoData.NewClock();
        await using var replay = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddDrucksachenCore(app.Services.GetRequiredService<DrucksachenOptions>())
            .AddDrucksachenDatabase(new DatabaseSettings(database.Provider.Name, database.ConnectionString))
            .BuildServiceProvider();
        await DemoData.LoadAsync(replay, CancellationToken.None);
        var accounts = app.Services.GetRequiredService<DrucksachenOptions>().City.Users
            .Select(u => $"{u.Id} ({string.Join("/", u.Roles)}){(u.Password is null ? "" : $" Passwort {u.Password}")}");
        app.Logger.LogWarning("Demo: Drucksache {Number} geladen. Demo-Zugänge: {Accounts}", DemoData.Number, string.Join("; ", accounts));
    }

    public static WebApplication UseDrucksachenWeb(this WebApplication app)
    {
        // First: everything after sees the client's address and scheme, not the proxy's.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Fehler");
        app.UseStatusCodePagesWithReExecute("/Fehler/{0}");
        app.UseSecurityHeaders();
        app.UseCachePolicy();
        app.UseRequestBodyLimit();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.ServedPublicly(CachePolicy.Lasting) });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/api/openapi.json");
        app.MapRazorPages();
        app.MapDrucksachenApi();
        app.MapOParl();
        app.MapMeetingCalendars();
        app.MapDrucksachenHealth();
        return app;
    }
}
