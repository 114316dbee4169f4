namespace Drucksachen.Benchmarks;

/// <summary>The Sachverhalt of Drucksache 1803/22 from the document tests' sample text: the body the PDF benchmarks set.</summary>
internal static class Sample1803
{
    public static string Sachverhalt(string repositoryRoot)
    {
        var sample = File.ReadAllText(Path.Combine(repositoryRoot, "tests", "Drucksachen.Documents.Tests", "Samples", "1803-22.txt"))
            .ReplaceLineEndings("\n");
        var start = sample.IndexOf("\nSachverhalt\n", StringComparison.Ordinal) + "\nSachverhalt\n".Length;
        var end = sample.IndexOf("\nAnlagenverzeichnis", StringComparison.Ordinal);
        return sample[start..end].Trim();
    }
}
