using Drucksachen.Core.Actions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Documents;
using Drucksachen.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Drucksachen.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the paper domain and its use cases. The host adds a store
    /// (the interfaces of Drucksachen.Core.Storage and <see cref="IWorkflowDefinitionStore"/>).
    /// </summary>
    public static IServiceCollection AddDrucksachenCore(this IServiceCollection services, DrucksachenOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new City(options.City));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DeadlineCalculator>();

        services.AddSingleton<IPaperEffect, AssignNumberEffect>();
        services.AddSingleton<IPaperEffect>(new FlagDeadlineEffect(DeadlineStatus.Urgent));
        services.AddSingleton<IPaperEffect>(new FlagDeadlineEffect(DeadlineStatus.Late));

        services.AddSingleton(_ => new DocumentRenderer(new DocumentOptions { TemplatesPath = options.TemplatesPath, FontsPath = options.FontsPath }));
        services.AddSingleton(sp => new Lazy<DocumentRenderer>(sp.GetRequiredService<DocumentRenderer>));
        services.AddSingleton<IPaperRenderer, PdfPaperRenderer>();
        services.AddSingleton<Meetings.IMeetingRenderer, PdfMeetingRenderer>();
        services.AddSingleton<RenderDocumentEffect>();
        services.AddSingleton<IPaperEffect>(sp => sp.GetRequiredService<RenderDocumentEffect>());
        services.AddSingleton<RenderPaper>();
        services.AddSingleton<PublicHistory>();

        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton(sp => new WorkflowCatalog(
            sp.GetRequiredService<IWorkflowDefinitionStore>(),
            PaperWorkflowHost.BoundEffects(sp.GetServices<IPaperEffect>()),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMilliseconds(options.WorkflowFreshnessMilliseconds)));
        services.AddSingleton<PaperWorkflowHost>();

        services.AddSingleton<MarkdownPaperReader>();
        services.AddSingleton<ImportPapers>();
        services.AddSingleton<ActOnPaper>();
        services.AddSingleton<TickDeadlines>();
        services.AddSingleton<VerifyHistory>();
        services.AddSingleton<ReadPapers>();
        services.AddSingleton<Drafts.DraftValidator>();
        services.AddSingleton<Plausibility.PlausibilityRules>();
        services.AddSingleton<Drafts.CreateDraft>();
        services.AddSingleton<Drafts.EditDraft>();
        services.AddSingleton<Meetings.MeetingViews>();
        services.AddSingleton<Meetings.MeetingDocumentWriter>();
        services.AddSingleton<Meetings.CreateMeeting>();
        services.AddSingleton<Meetings.PlanAgenda>();
        services.AddSingleton<Meetings.InviteToMeeting>();
        services.AddSingleton<Meetings.RecordMeeting>();
        services.AddSingleton<Meetings.CloseMeeting>();
        services.AddSingleton<Meetings.CancelMeeting>();
        services.AddSingleton<Meetings.RescheduleMeeting>();
        services.AddSingleton<Meetings.ReadMeetings>();
        // Scoped like the account store it writes through (Identity's UserManager).
        services.AddScoped<Users.ManageAccounts>();
        return services;
    }
}
