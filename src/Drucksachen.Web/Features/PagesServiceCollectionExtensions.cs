using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Papers;

// In the namespace of IServiceCollection, so the host registers the pages with one line and no using.
namespace Microsoft.Extensions.DependencyInjection;

public static class PagesServiceCollectionExtensions
{
    /// <summary>Services behind the server-rendered pages (Pages/).</summary>
    public static IServiceCollection AddDrucksachenPages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // Umlauts as they are in the HTML (the encoder escapes them otherwise); markup characters stay encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<CurrentUser>();
        services.AddSingleton<Menu>();
        services.AddSingleton<MarkdownHtml>();
        services.AddSingleton<Labels>();
        services.AddScoped<VisiblePapers>();
        services.AddScoped<Drucksachen.Web.Features.Meetings.VisibleMeetings>();
        services.AddScoped<Drucksachen.Web.Features.Meetings.CalendarLinks>();
        services.AddSingleton<Drucksachen.Web.Features.Meetings.MeetingCalendar>();
        services.AddSingleton<Drucksachen.Web.Features.Drafts.DraftTemplates>();
        services.AddSingleton<Drucksachen.Web.Features.Tasks.TaskList>();
        return services;
    }
}
