using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Drucksachen.Core;
using Drucksachen.Core.Import;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The databases of the web benchmarks: 100,000 released papers on SQLite and on PostgreSQL, and
/// 1,000,000 on PostgreSQL (a hosted installation); on PostgreSQL also the first n of the 100,000. Made once and kept (SQLite files in the temp
/// folder, PostgreSQL databases on the benchmark server), keyed by the schema and mapping of the
/// provider, so later runs reuse them.
/// The 100,000 papers are made through the Core import use case (in batches). Import stores drafts;
/// the list shows released papers only, so afterwards one SQL statement marks every paper released
/// (numbered on import, as historical papers are) and about a third of them finished. The workflow
/// instances are not replayed: the list and search read only the paper rows.
/// The 1,000,000 papers are the 100,000 and nine copies of them made by SQL (<see cref="PostgreSqlCopies"/>).
/// </summary>
public static class WebBenchmarkData
{
    public const int Papers = 100_000;
    public const int FirstYear = 2015;
    public const int PerYear = 9_100; // numbers {n:0000}/{yy} have four digits

    private static readonly string[] Offices =
        ["Amt für Soziales", "Jugendamt", "Amt für Bildung", "Gesundheitsamt", "Amt für Stadtentwicklung und Stadtplanung"];

    private static readonly (string Name, string Key)[] Bodies =
    [
        ("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "sag"), ("Haupt- und Finanzausschuss", "hfa"),
        ("Jugendhilfeausschuss", "jha"), ("Ausschuss für Bildung und Sport", "bua"), ("Bau- und Verkehrsausschuss", "bva"),
    ];

    private static readonly string[] Types = ["Informationsvorlage", "Beschlussvorlage", "Antrag"];

    private static readonly string[] Topics =
    [
        "Sozialraumplanung", "Schulnetzplanung", "Radverkehrskonzept", "Kindertagesstätten", "Spielplatzsanierung",
        "Haushaltssatzung", "Straßenbeleuchtung", "Wohnungsbauförderung", "Sportstättenentwicklung", "Stadtbibliothek",
        "Integrationskonzept", "Seniorenbeirat", "Klimaschutzprogramm", "Grünflächenpflege", "Feuerwehrbedarfsplan",
        "Jugendclubs", "Quartiersmanagement", "Busliniennetz", "Denkmalpflege", "Gesundheitsförderung",
    ];

    /// <summary>A paper number that exists in the data (for the number search).</summary>
    public static string SomeNumber => "4711/19";

    /// <summary>The database of <paramref name="data"/>, made now if missing (takes minutes once).</summary>
    public static DatabaseSettings EnsureDatabase(WebDataSet data) => data switch
    {
        { Provider: DatabaseProviders.Sqlite, Papers: Papers } => EnsureSqlite(),
        { Provider: DatabaseProviders.PostgreSql, Papers: > 0 and <= Papers } =>
            EnsurePostgreSql(data.Papers, name => GeneratePostgreSql(name, data.Papers)),
        { Provider: DatabaseProviders.PostgreSql, Papers: Papers * PostgreSqlCopies.Factor } =>
            EnsurePostgreSql(data.Papers, name => PostgreSqlCopies.Make(EnsurePostgreSql(Papers, source => GeneratePostgreSql(source, Papers)), name)),
        _ => throw new ArgumentOutOfRangeException(nameof(data), data, "no such benchmark data"),
    };

    private static DatabaseSettings EnsureSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "drucksachen-bench-web");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"papers-{Papers}-{BuildKey(DatabaseProviders.Sqlite)}.db");
        var settings = new DatabaseSettings(DatabaseProviders.Sqlite, $"Data Source={path}");
        if (File.Exists(path)) return settings;

        var partial = path + ".partial-" + Environment.ProcessId;
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"// making {Papers:N0} papers in {path} (once)");
        GenerateAsync(new DatabaseSettings(DatabaseProviders.Sqlite, $"Data Source={partial}"), Papers, """
            UPDATE "Papers" SET "ReleasedAt" = "CreatedAt", "State" = 'consultation', "IsFinished" = 0;
            UPDATE "Papers" SET "State" = 'done', "IsFinished" = 1 WHERE "NumberYear" < 2022;
            UPDATE "WorkflowInstances" SET "NextDueAt" = NULL;
            PRAGMA wal_checkpoint(TRUNCATE);
            ANALYZE;
            """).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        File.Move(partial, path, overwrite: true);
        foreach (var extra in new[] { "-wal", "-shm" })
            if (File.Exists(partial + extra)) File.Delete(partial + extra);
        foreach (var stale in Directory.EnumerateFiles(folder, "papers-*.db*").Where(f => !f.StartsWith(path, StringComparison.Ordinal) && !f.Contains(".partial-", StringComparison.Ordinal)))
            File.Delete(stale);
        Console.WriteLine($"// made {Papers:N0} papers in {watch.Elapsed.TotalSeconds:F0} s");
        return settings;
    }

    // The database drucksachen_bench_web_{papers}_{key}; made under another name first and renamed
    // when complete, so that an interrupted run leaves nothing that looks finished.
    private static DatabaseSettings EnsurePostgreSql(int papers, Action<string> make)
    {
        var prefix = $"drucksachen_bench_web_{papers}_";
        var name = prefix + BuildKey(DatabaseProviders.PostgreSql);
        var settings = new DatabaseSettings(DatabaseProviders.PostgreSql, BenchmarkDatabases.PostgreSql(name));
        if (BenchmarkDatabases.PostgreSqlExists(name)) return settings;

        var partial = $"drucksachen_bench_partial_{papers}_{Environment.ProcessId}";
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"// making {papers:N0} papers in PostgreSQL database {name} (once)");
        make(partial);
        BenchmarkDatabases.ReleaseConnections(new DatabaseSettings(DatabaseProviders.PostgreSql, BenchmarkDatabases.PostgreSql(partial)));
        foreach (var stale in BenchmarkDatabases.PostgreSqlDatabases(prefix)) BenchmarkDatabases.Drop(stale);
        BenchmarkDatabases.Rename(partial, name);
        Console.WriteLine($"// made {papers:N0} papers in {watch.Elapsed.TotalSeconds:F0} s");
        return settings;
    }

    private static void GeneratePostgreSql(string name, int papers) =>
        GenerateAsync(BenchmarkDatabases.Create(DatabaseProviders.PostgreSql, "", name), papers, """
            UPDATE "Papers" SET "ReleasedAt" = "CreatedAt", "State" = 'consultation', "IsFinished" = false;
            UPDATE "Papers" SET "State" = 'done', "IsFinished" = true WHERE "NumberYear" < 2022;
            UPDATE "WorkflowInstances" SET "NextDueAt" = NULL;
            """, """VACUUM ANALYZE""").GetAwaiter().GetResult();

    // The first <paramref name="papers"/> of the generated papers.
    private static async Task GenerateAsync(DatabaseSettings database, int papers, params string[] release)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2024, 1, 8, 9, 0, 0, TimeSpan.FromHours(1))))
            .AddDrucksachenCore(await BenchmarkProduct.OptionsAsync())
            .AddDrucksachenDatabase(database)
            .BuildServiceProvider();
        await services.InitializeDrucksachenAsync(CancellationToken.None);
        var reader = services.GetRequiredService<MarkdownPaperReader>();
        var import = services.GetRequiredService<ImportPapers>();
        const int batch = 5_000;
        for (var start = 0; start < papers; start += batch)
        {
            var read = Enumerable.Range(start, Math.Min(batch, papers - start))
                .Select(i => reader.Read(Markdown(i), $"web-{i}.md")).ToList();
            await import.ExecuteAsync(read, ImportPapers.ImportActor, CancellationToken.None);
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>().CreateDbContextAsync())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            // Each on its own: PostgreSQL's VACUUM runs outside a transaction.
            foreach (var sql in release) await db.Database.ExecuteSqlRawAsync(sql);
        }
        // Releasing every paper at once filled the indexes of public papers in many small segments.
        await services.GetRequiredService<ISearchMaintenance>().CompactAsync(CancellationToken.None);
    }

    /// <summary>Paper i: numbered i-th of its year, a fifth not public, varied titles and bodies.</summary>
    public static string Markdown(int i)
    {
        var year = FirstYear + i / PerYear;
        var sequence = i % PerYear + 1;
        var topic = Topics[i % Topics.Length];
        var body = Bodies[i % Bodies.Length];
        var date = new DateOnly(year, 1, 10).AddDays(sequence % 340);
        var text = new StringBuilder(1200);
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            type: {Types[i % Types.Length]}
            title: {topic} im Ortsteil {i % 53} – Stand und Ausblick ({i})
            number: {sequence:0000}/{year % 100:00}
            lead: {Offices[i % Offices.Length]}
            author: mueller
            date: {date:yyyy-MM-dd}
            public: {(i % 5 == 0 ? "false" : "true")}
            signature: gez. i.V. Horn
            consultations:
              - body: Dienstberatung OB
                date: {date:yyyy-MM-dd}
              - body: {body.Name}
                date: {date.AddDays(14):yyyy-MM-dd}
            ---
            ## Sachverhalt

            Mit dem Stadtratsbeschluss {(i * 7) % 9000:0000}/{(year - 1) % 100:00} wurde der Prozess „{topic}“ erneuert.
            Die Verwaltung informiert über den Planungsstand im Ortsteil {i % 53} und gibt einen Ausblick auf die
            nächsten Schritte, die Beteiligung der Ortsteilräte und die Finanzierung im Haushaltsjahr {year + 1}.

            - Amt für Soziales,
            - Jugendamt,
            - Amt für Bildung.

            """);
        return text.ToString();
    }

    // The file depends on the schema and the mapping: a change of either (the EF model or the
    // migrations' SQL) makes a new file; other changes of the code keep it.
    private static string BuildKey(string provider)
    {
        var connection = provider == DatabaseProviders.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=drucksachen";
        using var db = DrucksachenDatabase.CreateFactory(DatabaseLocation.From(new DatabaseSettings(provider, connection))).CreateDbContext();
        var schema = db.Model.ToDebugString(MetadataDebugStringOptions.LongDefault) + "|" + db.GetService<IMigrator>().GenerateScript();
        var generator = string.Join("|", Topics) + Papers + PerYear + "v2" + (provider == DatabaseProviders.Sqlite ? "" : PostgreSqlCopies.Sql);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(schema + generator)))[..12].ToLowerInvariant();
    }
}
