using BenchmarkDotNet.Attributes;
using Drucksachen.Documents;
using System.Net;
using Markdig;
using Microsoft.Playwright;

namespace Drucksachen.Benchmarks;

/// <summary>
/// PDFs per second and allocation per PDF for Drucksache 1803/22 (three pages, tagged PDF/UA-1 and PDF/A-2a), on one
/// core and on all; and, for comparison, warm headless Chromium (Debian's, /usr/bin/chromium) printing to a tagged PDF
/// the paper's own web page (the demo's 1803/22 with its stylesheet) and, leaner, the paper's Markdown as bare HTML.
/// The Ratio column is each row's time over ours on one core; the setup prints the file's size.
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
    private string _html = null!;
    private string _webPage = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkProduct.RepositoryRoot();
        _renderer = new DocumentRenderer(new DocumentOptions { TemplatesPath = Path.Combine(root, "templates") });
        _paper = Paper1803(Sample1803.Sachverhalt(root));
        var pdf = _renderer.Render(_paper);
        Console.WriteLine($"// PDF of 1803/22: {pdf.Pdf.Length:N0} bytes, {pdf.PageCount} pages");
        var body = Markdown.ToHtml(_renderer.ComposeMarkdown(_paper), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        _html = $"<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(_paper.Title)}</title></head>" +
                $"<body><h1>{WebUtility.HtmlEncode(_paper.Title)}</h1><p>Drucksache {_paper.Number}</p>{body}</body></html>";
        _webPage = PaperWebPage.Html();
        _playwright = Playwright.CreateAsync().GetAwaiter().GetResult();
        _browser = _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        }).GetAwaiter().GetResult();
        _page = _browser.NewPageAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _browser.CloseAsync().GetAwaiter().GetResult();
        _playwright.Dispose();
    }

    private const int SerialRenders = 64;

    [Benchmark(Description = "Render 1803/22, one core", OperationsPerInvoke = SerialRenders, Baseline = true)]
    public void RenderPdf()
    {
        for (var i = 0; i < SerialRenders; i++) _renderer.Render(_paper);
    }

    [Benchmark(Description = "Render 1803/22, all cores", OperationsPerInvoke = ParallelRenders)]
    public void RenderPdfParallel() => Parallel.For(0, ParallelRenders, _ => _renderer.Render(_paper));

    [Benchmark(Description = "Chromium: the web page of 1803/22 to tagged PDF, warm")]
    public byte[] ChromiumWebPagePdf() => ChromiumPdf(_webPage);

    [Benchmark(Description = "Chromium: bare HTML of 1803/22 to tagged PDF, warm")]
    public byte[] ChromiumBarePdf() => ChromiumPdf(_html);

    private byte[] ChromiumPdf(string html)
    {
        _page.SetContentAsync(html).GetAwaiter().GetResult();
        return _page.PdfAsync(new PagePdfOptions { Format = "A4", Tagged = true }).GetAwaiter().GetResult();
    }

    private static PaperDocument Paper1803(string sachverhalt) => new(
        "Informationsvorlage",
        "Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt",
        "1803/22", true, "Amt für Soziales", "Horn", new DateOnly(2022, 10, 20), "gez. i.V. Horn",
        [
            new ConsultationRow("Dienstberatung OB", new DateOnly(2022, 10, 20), false, "Kenntnisnahme", null),
            new ConsultationRow("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", new DateOnly(2022, 11, 3), true, "Kenntnisnahme", null),
        ],
        new Dictionary<string, string> { ["sachverhalt"] = sachverhalt },
        [],
        ["Sozialraumplanung"],
        "Landeshauptstadt Erfurt");
}
