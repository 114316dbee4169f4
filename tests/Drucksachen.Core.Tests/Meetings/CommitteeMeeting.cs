using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>
/// The social committee's meeting of 03.11.2022 (SAG/001/2022) with a public decision paper and a
/// non-public paper placed on it, the clock on 12.10.2022; for tests of one step of a meeting.
/// </summary>
public sealed record CommitteeMeeting(TestProduct Product, Meeting Meeting, Paper Decision, Paper Secret) : IAsyncDisposable
{
    public const string Clerk = DemoUsers.Clerk;
    public const string SecretTitle = "Grundstücksangelegenheit Flurstück 17/3 Gemarkung Melchendorf";
    public const string Committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";

    public static async Task<CommitteeMeeting> PlannedAsync()
    {
        var product = await TestProduct.StartAsync();
        try
        {
            var decision = await product.ToConsultationAsync(await product.ImportAsync(new PaperMarkdown
                    { Type = "Beschlussvorlage", Title = "Förderung der Quartiersarbeit am Herrenberg" }
                .Consultation(Committee, "03.11.2022", "Entscheidung")
                .Section("Beschlussvorschlag", "Der Ausschuss beschließt die Förderung.")
                .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
                .Section("Begründung", "Sie stärkt das Zusammenleben.")
                .Section("Finanzielle Auswirkungen", "Keine.").Build()));
            var secret = await product.ToConsultationAsync(await product.ImportAsync(new PaperMarkdown { Title = SecretTitle, Public = false }
                .Consultation(Committee, "03.11.2022", "Kenntnisnahme", isPublic: false)
                .Section("Sachverhalt", "Ein Grundstück wird verkauft.").Build()));
            var meeting = await product.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "03.11.2022", Clerk), CancellationToken.None);
            var agenda = product.Get<PlanAgenda>();
            await agenda.ScheduleAsync(meeting.Number, decision.Number!, Clerk, ItemMarking.None, null, CancellationToken.None);
            await agenda.ScheduleAsync(meeting.Number, secret.Number!, Clerk, ItemMarking.None, null, CancellationToken.None);
            return new CommitteeMeeting(product, meeting, decision, secret);
        }
        catch
        {
            await product.DisposeAsync();
            throw;
        }
    }

    public T Get<T>() where T : notnull => Product.Get<T>();

    public async Task<Meeting> ReloadAsync() =>
        await Get<Core.Storage.IMeetingReads>().FindAsync(Meeting.Number, CancellationToken.None) ?? throw new InvalidOperationException("meeting gone");

    public async Task InviteAsync()
    {
        Product.Clock.Set(Berlin.At(2022, 10, 28, 9));
        await Get<InviteToMeeting>().ExecuteAsync(Meeting.Number, Clerk, urgent: false, null, CancellationToken.None);
    }

    /// <summary>The public and the members' edition of the newest document of <paramref name="kind"/>.</summary>
    public async Task<(byte[] Public, byte[] Members)> NewestAsync(string kind)
    {
        var reads = Get<Core.Storage.IMeetingReads>();
        var documents = (await reads.DocumentsAsync(Meeting.Id, CancellationToken.None)).Where(d => d.Kind == kind).ToList();
        async Task<byte[]> Content(bool isPublic) =>
            (await reads.DocumentAsync(Meeting.Id, documents.Last(d => d.IsPublic == isPublic).Version, CancellationToken.None))!.Content;
        return (await Content(true), await Content(false));
    }

    public ValueTask DisposeAsync() => Product.DisposeAsync();
}
