using BenchmarkDotNet.Attributes;
using Drucksachen.Documents;
using Drucksachen.Documents.Meetings;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The documents of a meeting on one core: the members' packet of a meeting with 30 papers (the invitation rendered,
/// then joined with the 30 papers' PDFs, which are rendered once in the setup as the product stores them: a packet
/// reads the papers' current PDFs, it does not render them), and the members' minutes of a 40-item meeting, every
/// item with outcome, vote and a resolution text. The setup prints the files' sizes and page counts.
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*MeetingDocument*'
/// </summary>
// Warm-up as for the paper PDF: the render path keeps being recompiled for the first thousand documents.
[Config(typeof(InProcessMonitoringConfig))]
[WarmupCount(15)]
[IterationCount(15)]
[MemoryDiagnoser]
public class MeetingDocumentBenchmarks
{
    private const int Batch = 8;
    private DocumentRenderer _renderer = null!;
    private MeetingDocument _packetMeeting = null!;
    private List<PacketPaper> _papers = null!;
    private MeetingDocument _minutesMeeting = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkProduct.RepositoryRoot();
        _renderer = new DocumentRenderer(new DocumentOptions { TemplatesPath = Path.Combine(root, "templates") });
        var sachverhalt = Sample1803.Sachverhalt(root);

        var paperItems = Enumerable.Range(1, 30).Select(i => new MeetingAgendaItem(
            i <= 27 ? $"Ö {i + 3}" : $"N {i - 26}", i <= 27, $"Vorlage {i}: Zwischeninformation zur integrierten Sozialraumplanung, Teil {i}",
            PaperReference: $"{1800 + i}/22", PaperKind: "Informationsvorlage", Outcome: "zur Kenntnis genommen",
            Vote: "einstimmig", ResolutionText: "Der Ausschuss nimmt die Information der Verwaltung zur Kenntnis.")).ToList();
        _papers = [.. paperItems.Select(item => new PacketPaper(item, _renderer.Render(Paper(item, sachverhalt)).Pdf))];
        _packetMeeting = Meeting([.. Standard(), .. paperItems]);
        var packet = _renderer.RenderPacket(_packetMeeting, _papers);
        Console.WriteLine($"// members' packet, 30 papers: {packet.Pdf.Length:N0} bytes, {packet.PageCount} pages");

        var forty = Enumerable.Range(1, 37).Select(i => paperItems[(i - 1) % paperItems.Count] with
        {
            Number = i <= 33 ? $"Ö {i + 3}" : $"N {i - 33}", IsPublic = i <= 33, Vote = $"{i % 9}/1/0",
            ResolutionText = "Der Ausschuss beschließt:\n\n1. Die Verwaltung wird beauftragt, das Konzept umzusetzen.\n" +
                             "2. Über den Stand ist im folgenden Jahr zu berichten.",
        });
        _minutesMeeting = Meeting([.. Standard(), .. forty]);
        var minutes = _renderer.RenderMinutes(_minutesMeeting);
        Console.WriteLine($"// members' minutes, {_minutesMeeting.Agenda.Count} items: {minutes.Pdf.Length:N0} bytes, {minutes.PageCount} pages");
    }

    [Benchmark(Description = "Members' packet, 30 papers, one core", OperationsPerInvoke = Batch)]
    public void Packet()
    {
        for (var i = 0; i < Batch; i++) _renderer.RenderPacket(_packetMeeting, _papers);
    }

    [Benchmark(Description = "Members' minutes, 40 items, one core", OperationsPerInvoke = Batch)]
    public void Minutes()
    {
        for (var i = 0; i < Batch; i++) _renderer.RenderMinutes(_minutesMeeting);
    }

    private static IEnumerable<MeetingAgendaItem> Standard() =>
    [
        new("Ö 1", true, "Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit", Outcome: "festgestellt"),
        new("Ö 2", true, "Änderungen der Tagesordnung", Outcome: "keine"),
        new("Ö 3", true, "Genehmigung der Niederschrift der letzten Sitzung", Outcome: "genehmigt", Vote: "einstimmig"),
    ];

    private static MeetingDocument Meeting(IReadOnlyList<MeetingAgendaItem> agenda) => new(
        "Landeshauptstadt Erfurt", "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "SAG/011/2022", 11,
        new DateOnly(2022, 11, 3), new TimeOnly(17, 0), new TimeOnly(21, 30), "Rathaus, Fischmarkt 1, Raum 225", true,
        MeetingEdition.Members, new DateOnly(2022, 10, 27), agenda, Chair: "Dr. Anna Beispiel", MinuteTaker: "Bernd Muster",
        Attendance: new MeetingAttendance(["Dr. Anna Beispiel (Vorsitz)", "Carla Wagner", "Dieter Schulz", "Eva Koch", "Frank Richter",
            "Gisela Wolf", "Hans Braun"], ["Ingrid Lange"], ["Jörg Krause"], "Beschlussfähigkeit: 7 von 9 Mitgliedern anwesend"));

    private static PaperDocument Paper(MeetingAgendaItem item, string sachverhalt) => new(
        "Informationsvorlage", item.Title, item.PaperReference, item.IsPublic, "Amt für Soziales", "Horn", new DateOnly(2022, 10, 20),
        "gez. i.V. Horn",
        [new ConsultationRow("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", new DateOnly(2022, 11, 3), item.IsPublic, "Kenntnisnahme", null)],
        new Dictionary<string, string> { ["sachverhalt"] = sachverhalt }, [], ["Sozialraumplanung"], "Landeshauptstadt Erfurt");
}
