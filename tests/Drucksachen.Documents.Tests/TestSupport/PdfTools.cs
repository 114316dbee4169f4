using System.Diagnostics;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>Runs poppler-utils and qpdf (Debian packages poppler-utils, qpdf) on a PDF in a temp folder.</summary>
public sealed class PdfTools : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-pdf-").FullName;

    public string Save(byte[] pdf, string name = "paper.pdf")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public string Text(string path, params string[] options) => Run("pdftotext", [.. options, path, "-"]).Output;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
