using System.Globalization;
using Drucksachen.Core.Meetings;
using Drucksachen.Testing;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Meetings;

/// <summary>
/// The application with a meeting of the social committee (sag) 30 days ahead, invited to, with a
/// public decision paper in its public part and a non-public paper in its non-public part.
/// becker sits on sag; jhamitglied sits on the Jugendhilfeausschuss only.
/// </summary>
public sealed class MeetingFixture : WebAppFactory, IAsyncLifetime
{
    public const string PublicTitle = "Förderung der Quartiersarbeit am Herrenberg";
    public const string Proposal = "Der Ausschuss beschließt die Förderung.";
    public const string Member = "becker";
    public const string OtherMember = "jhamitglied";

    /// <summary>A word only the non-public paper's title holds.</summary>
    public string SecretWord { get; } = "Flurstueck" + Guid.NewGuid().ToString("N")[..8];

    public string SecretTitle => "Grundstücksangelegenheit " + SecretWord;
    public string SecretNumber { get; private set; } = "";
    public Meeting Meeting { get; private set; } = null!;
    public DateOnly Day { get; } = CityDay.Today.AddDays(30);

    public string Page => Web.Features.Meetings.MeetingLinks.Page(Meeting.Number);

    public async Task InitializeAsync()
    {
        await AddUserAsync(OtherMember, "Jana Hilfe", ["council"], bodies: ["jha"]);
        var date = Day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var open = await ReleaseAsync(new PaperMarkdown { Type = "Beschlussvorlage", Title = PublicTitle, Cosigners = [] }
            .Consultation("sag", date, "Entscheidung")
            .Section("Beschlussvorschlag", Proposal)
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
            .Section("Begründung", "Sie stärkt das Zusammenleben.")
            .Section("Finanzielle Auswirkungen", "Keine."));
        var secret = await ReleaseAsync(new PaperMarkdown { Title = SecretTitle, Public = false, Cosigners = [] }
            .Consultation("sag", date, "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Ein Grundstück wird verkauft."));
        SecretNumber = secret.Number!;

        var ct = CancellationToken.None;
        var meeting = await Services.GetRequiredService<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", date, DemoUsers.Clerk), ct);
        var agenda = Services.GetRequiredService<PlanAgenda>();
        await agenda.ScheduleAsync(meeting.Number, open.Number!, DemoUsers.Clerk, ItemMarking.None, null, ct);
        await agenda.ScheduleAsync(meeting.Number, secret.Number!, DemoUsers.Clerk, ItemMarking.None, null, ct);
        Meeting = await Services.GetRequiredService<InviteToMeeting>().ExecuteAsync(meeting.Number, DemoUsers.Clerk, urgent: false, null, ct);
    }

    private Task<Core.Papers.Paper> ReleaseAsync(PaperMarkdown markdown) => TestPapers.ReleaseAsync(Services, markdown);

    /// <summary>Whether an answer (HTML, iCalendar or the text of a PDF) names the non-public item.</summary>
    public bool Mentions(string text) =>
        text.Contains(SecretWord, StringComparison.Ordinal) || text.Contains(SecretNumber, StringComparison.Ordinal)
        || text.Contains(SecretNumber.Replace('/', '-'), StringComparison.Ordinal);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
