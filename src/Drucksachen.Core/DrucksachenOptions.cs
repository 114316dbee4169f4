using Drucksachen.Core.Configuration;

namespace Drucksachen.Core;

/// <summary>Where the product finds its data files, and the city it serves.</summary>
public sealed class DrucksachenOptions
{
    /// <summary>Folder with the workflow definitions (workflows/*.yaml).</summary>
    public string WorkflowsPath { get; set; } = "workflows";

    /// <summary>Folder with the document templates (templates/*.md).</summary>
    public string TemplatesPath { get; set; } = "templates";

    /// <summary>Folder with the TrueType fonts the PDFs embed; unset: the fonts shipped with the product.</summary>
    public string? FontsPath { get; set; }

    public CityOptions City { get; set; } = new();

    /// <summary>
    /// How long pages that only read a workflow definition (state labels, task lists) keep using the
    /// newest version they saw before asking the database again (0: at every use). Starting a paper
    /// always asks.
    /// </summary>
    public int WorkflowFreshnessMilliseconds { get; set; } = 500;

    /// <summary>
    /// Relative data folders are looked for in the working directory first, then beside the program,
    /// so `dotnet run` works from the repository and an installed copy works anywhere.
    /// </summary>
    public void ResolveDataFolders(string programDirectory)
    {
        WorkflowsPath = Resolve(WorkflowsPath);
        TemplatesPath = Resolve(TemplatesPath);

        string Resolve(string path) =>
            Path.IsPathRooted(path) || Directory.Exists(path) ? path : Path.Combine(programDirectory, path);
    }
}
