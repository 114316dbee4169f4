namespace Drucksachen.Testing;

/// <summary>Paths into the repository the tests run in.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Drucksachen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Drucksachen.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;
    public static string Workflows => Path.Combine(Root, "workflows");
    public static string Templates => Path.Combine(Root, "templates");
    public static string CliSettings => Path.Combine(Root, "src", "Drucksachen.Cli", "appsettings.json");
    public static string SamplePaper => Path.Combine(Root, "src", "Drucksachen.Core", "Demo", "drucksache-1803-22.md");
}
