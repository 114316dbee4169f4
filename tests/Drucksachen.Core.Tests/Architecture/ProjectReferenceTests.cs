using System.Xml.Linq;
using Drucksachen.Persistence;
using Drucksachen.Testing;
using NetArchTest.Rules;

namespace Drucksachen.Core.Tests.Architecture;

/// <summary>
/// The shape of the house: which project may reference which, and that the database packages stay
/// in the provider projects, so the provider-neutral persistence and everything under it work with
/// any provider.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Drucksachen.Workflows"] = [],
        ["Drucksachen.Documents"] = [],
        ["Drucksachen.Core"] = ["Drucksachen.Workflows", "Drucksachen.Documents"],
        ["Drucksachen.Persistence"] = ["Drucksachen.Core"],
        ["Drucksachen.Persistence.Sqlite"] = ["Drucksachen.Persistence"],
        ["Drucksachen.Persistence.PostgreSql"] = ["Drucksachen.Persistence"],
        // The hosts ship every provider, so that configuration can choose one.
        ["Drucksachen.Web"] = ["Drucksachen.Persistence", "Drucksachen.Persistence.Sqlite", "Drucksachen.Persistence.PostgreSql"],
        ["Drucksachen.Cli"] = ["Drucksachen.Persistence", "Drucksachen.Persistence.Sqlite", "Drucksachen.Persistence.PostgreSql"],
    };

    private static readonly string[] ProviderPackages = ["Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql"];

    private static IEnumerable<(string Project, XDocument File)> SourceProjects() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => (Path.GetFileNameWithoutExtension(path), XDocument.Load(path)));

    private static IEnumerable<string> Includes(XDocument project, string item) =>
        project.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();

    [Fact]
    public void Every_source_project_references_only_the_projects_allowed_to_it()
    {
        var projects = SourceProjects().ToList();

        Assert.Equal(Allowed.Keys.Order(), projects.Select(p => p.Project).Order());
        foreach (var (project, file) in projects)
        {
            var references = Includes(file, "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).Order();
            Assert.True(Allowed[project].Order().SequenceEqual(references),
                $"{project} references {string.Join(", ", references)}; allowed: {string.Join(", ", Allowed[project])}");
        }
    }

    [Fact]
    public void Only_provider_projects_reference_a_database_provider_package()
    {
        foreach (var (project, file) in SourceProjects())
        {
            var providerPackages = Includes(file, "PackageReference")
                .Where(package => ProviderPackages.Any(p => package.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            if (!project.StartsWith("Drucksachen.Persistence.", StringComparison.Ordinal))
                Assert.Empty(providerPackages);
        }
    }

    [Fact]
    public void The_provider_neutral_persistence_and_core_use_no_provider_type()
    {
        foreach (var assembly in new[] { typeof(DrucksachenDbContext).Assembly, typeof(Core.Storage.IPaperReads).Assembly })
        {
            var result = Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(ProviderPackages).GetResult();
            Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        }
        var core = Types.InAssembly(typeof(Core.Storage.IPaperReads).Assembly).Should().NotHaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult();
        Assert.True(core.IsSuccessful, string.Join(", ", core.FailingTypeNames ?? []));
    }
}
