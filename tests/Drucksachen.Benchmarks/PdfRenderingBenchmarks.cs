using BenchmarkDotNet.Attributes;
using Drucksachen.Documents;

namespace Drucksachen.Benchmarks;

/// <summary>
/// PDFs per second and allocation per PDF for Drucksache 1803/22 (two to three pages), on one core and on all.
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*Pdf*'
/// </summary>
// 25 warm-up rounds (1,600 renders): the JIT keeps recompiling the render path for a long time (after
// three rounds iterations still fell from 17 ms to 4 ms, after ten from 4.9 to 4.2 ms during the
// measurement); a server renders at the speed after that.
[Config(typeof(InProcessMonitoringConfig))]
[WarmupCount(25)]
[IterationCount(15)]
[MemoryDiagnoser]
public class PdfRenderingBenchmarks
{
    private const int ParallelRenders = 64;
    private DocumentRenderer _renderer = null!;
    private PaperDocument _paper = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkProduct.RepositoryRoot();
        _renderer = new DocumentRenderer(new DocumentOptions { TemplatesPath = Path.Combine(root, "templates") });
        _paper = Paper1803(File.ReadAllText(Path.Combine(root, "tests", "Drucksachen.Documents.Tests", "Samples", "1803-22.txt")));
    }

    private const int SerialRenders = 64;

    [Benchmark(Description = "Render 1803/22, one core", OperationsPerInvoke = SerialRenders)]
    public void RenderPdf()
    {
        for (var i = 0; i < SerialRenders; i++) _renderer.Render(_paper);
    }

    [Benchmark(Description = "Render 1803/22, all cores", OperationsPerInvoke = ParallelRenders)]
    public void RenderPdfParallel() => Parallel.For(0, ParallelRenders, _ => _renderer.Render(_paper));

    private static PaperDocument Paper1803(string sample)
    {
        sample = sample.ReplaceLineEndings("\n");
        var start = sample.IndexOf("\nSachverhalt\n", StringComparison.Ordinal) + "\nSachverhalt\n".Length;
        var end = sample.IndexOf("\nAnlagenverzeichnis", StringComparison.Ordinal);
        return new PaperDocument(
            "Informationsvorlage",
            "Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt",
            "1803/22", true, "Amt für Soziales", "Horn", new DateOnly(2022, 10, 20), "gez. i.V. Horn",
            [
                new ConsultationRow("Dienstberatung OB", new DateOnly(2022, 10, 20), false, "Kenntnisnahme", null),
                new ConsultationRow("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", new DateOnly(2022, 11, 3), true, "Kenntnisnahme", null),
            ],
            new Dictionary<string, string> { ["sachverhalt"] = sample[start..end].Trim() },
            [],
            ["Sozialraumplanung"]);
    }
}
