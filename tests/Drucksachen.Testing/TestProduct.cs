using Drucksachen.Core;
using Drucksachen.Persistence.Accounts;
using System.Text.Json;
using Drucksachen.Core.Actions;
using Drucksachen.Core.History;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Workflow;
using Drucksachen.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Testing;

/// <summary>
/// The product built exactly as the CLI builds it (shipped Erfurt configuration, workflows/ and
/// templates/ of the repository), on a fresh <see cref="TestDatabase"/>, with a
/// <see cref="ManualClock"/>. Dispose to delete the database.
/// </summary>
public sealed class TestProduct : IAsyncDisposable
{
    /// <summary>Where the product's clock stands unless a test sets it: a working morning in Erfurt.</summary>
    public static readonly DateTimeOffset DefaultNow = Berlin.At(2022, 10, 12, 10);

    private readonly Func<ManualClock, TimeProvider>? _wrapClock;
    private readonly Action<IServiceCollection>? _services;

    private TestProduct(TestDatabase database, DrucksachenOptions options, ManualClock clock, Func<ManualClock, TimeProvider>? wrapClock,
        Action<IServiceCollection>? services)
    {
        Database = database;
        Options = options;
        Clock = clock;
        _wrapClock = wrapClock;
        _services = services;
    }

    public TestDatabase Database { get; }
    public DrucksachenOptions Options { get; }
    public ManualClock Clock { get; }
    public ServiceProvider Services { get; private set; } = null!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="now">Where the clock stands (default <see cref="DefaultNow"/>).</param>
    /// <param name="configure">Changes to the shipped options, made before the product is built.</param>
    /// <param name="wrapClock">Registers another TimeProvider around the manual clock (for races).</param>
    /// <param name="provider">The database provider (<see cref="TestDatabase.Create"/>).</param>
    /// <param name="before">Fills the database before the product first starts on it (e.g. with an old database's contents).</param>
    /// <param name="services">Registers services in place of the product's (e.g. <see cref="CountingDefinitionStore.Register"/>).</param>
    public static async Task<TestProduct> StartAsync(DateTimeOffset? now = null, Action<DrucksachenOptions>? configure = null,
        Func<ManualClock, TimeProvider>? wrapClock = null, string? provider = null, Action<TestDatabase>? before = null,
        Action<IServiceCollection>? services = null)
    {
        var database = TestDatabase.Create("drucksachen-core-tests-", provider);
        var options = ShippedOptions();
        configure?.Invoke(options);
        var product = new TestProduct(database, options, new ManualClock(now ?? DefaultNow), wrapClock, services);
        try
        {
            before?.Invoke(database);
            await product.BuildAsync();
        }
        catch
        {
            await product.DisposeAsync();
            throw;
        }
        return product;
    }

    /// <summary>The "Drucksachen" section of the CLI's appsettings.json, with the repository's data folders.</summary>
    public static DrucksachenOptions ShippedOptions()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Repository.CliSettings));
        var options = settings.RootElement.GetProperty("Drucksachen").Deserialize<DrucksachenOptions>()
            ?? throw new InvalidOperationException("appsettings.json has no Drucksachen section");
        options.WorkflowsPath = Repository.Workflows;
        options.TemplatesPath = Repository.Templates;
        return options;
    }

    /// <summary>A restart: a new service provider on the same database, initialised again.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        Database.ReleaseConnections();
        await BuildAsync();
    }

    private async Task BuildAsync()
    {
        var collection = new ServiceCollection();
        // Registered before AddDrucksachenCore, which only adds the system clock if none is there.
        collection.AddSingleton(_wrapClock?.Invoke(Clock) ?? Clock);
        collection
            .AddDrucksachenCore(Options)
            .AddDrucksachenDatabase(Database.Settings)
            .AddDrucksachenAccounts();
        _services?.Invoke(collection);
        Services = collection.BuildServiceProvider();
        await Services.InitializeDrucksachenAsync(CancellationToken.None);
    }

    // ---- use cases -------------------------------------------------------------------------

    public ImportedPaper Read(string markdown, string file = "test.md") => Get<MarkdownPaperReader>().Read(markdown, file);

    public async Task<Paper> ImportAsync(string markdown, string file = "test.md")
    {
        var papers = await Get<ImportPapers>().ExecuteAsync([Read(markdown, file)], ImportPapers.ImportActor, CancellationToken.None);
        return papers.Single();
    }

    public Task<IReadOnlyList<Paper>> ImportAsync(IReadOnlyList<ImportedPaper> papers, ActorInfo? actor = null) =>
        Get<ImportPapers>().ExecuteAsync(papers, actor ?? ImportPapers.ImportActor, CancellationToken.None);

    public Task<ActionResult> ActAsync(Paper paper, ActionInput input) => ActAsync(paper.Id.ToString(), input);

    public Task<ActionResult> ActAsync(string reference, ActionInput input) =>
        Get<ActOnPaper>().ExecuteAsync(reference, input, CancellationToken.None);

    /// <summary>Sets the clock, then acts.</summary>
    public Task<ActionResult> ActAsync(Paper paper, DateTimeOffset at, ActionInput input)
    {
        Clock.Set(at);
        return ActAsync(paper, input);
    }

    /// <summary>Submits as the lead office's author and lets every co-signing office sign: the paper waits for release.</summary>
    public async Task<Paper> ToReleaseAsync(Paper paper)
    {
        var result = await ActAsync(paper, new ActionInput("submit", AuthorOf(paper.LeadOffice)));
        foreach (var office in paper.Cosigners)
            result = await ActAsync(paper, new ActionInput("cosign", AuthorOf(office)));
        Assert.Equal("release", result.Paper.State);
        return result.Paper;
    }

    /// <summary>Submits, co-signs and releases (by horn): the paper is in its advisory sequence.</summary>
    public async Task<Paper> ToConsultationAsync(Paper paper)
    {
        await ToReleaseAsync(paper);
        var released = await ActAsync(paper, new ActionInput("release", DemoUsers.Approver));
        Assert.Equal("consultation", released.Paper.State);
        return released.Paper;
    }

    /// <summary>Moves the clock to the morning after the paper's last planned meeting, so that every outcome can be recorded.</summary>
    public void AfterMeetings(Paper paper)
    {
        var day = paper.Consultations.Max(c => c.Date).AddDays(1);
        Clock.Set(Berlin.At(day.Year, day.Month, day.Day, 10));
    }

    /// <summary>The id of a user with the author role in <paramref name="office"/> (shipped configuration).</summary>
    public string AuthorOf(string office) =>
        Options.City.Users.First(u => u.Roles.Contains("author") && string.Equals(u.Office, office, StringComparison.OrdinalIgnoreCase)).Id;

    public async Task<Paper> FindAsync(string reference) =>
        await Get<IPaperReads>().FindAsync(reference, CancellationToken.None) ?? throw new InvalidOperationException($"no paper {reference}");

    public Task<Paper> FindAsync(Paper paper) => FindAsync(paper.Id.ToString());

    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Paper paper) => Get<IPaperReads>().HistoryAsync(paper.Id, CancellationToken.None);

    public Task<IReadOnlyList<Paper>> ListAsync() => Get<IPaperReads>().ListAsync(new PaperQuery(Take: 1000), CancellationToken.None);

    public Task<HistoryVerification> VerifyAsync() => Get<VerifyHistory>().ExecuteAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Services is not null) await Services.DisposeAsync();
        Database.Dispose();
    }
}
