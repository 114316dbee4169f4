namespace Drucksachen.Documents;

/// <summary>Where the document layer finds its data. Read once when a <see cref="DocumentRenderer"/> is built.</summary>
public sealed class DocumentOptions
{
    /// <summary>Folder holding the paper templates (<c>*.md</c> with YAML front matter).</summary>
    public required string TemplatesPath { get; init; }

    /// <summary>Folder holding the TrueType files of <see cref="Fonts"/>; null (the default): the fonts shipped with the
    /// product, so that a paper's bytes do not depend on what the machine has installed.</summary>
    public string? FontsPath { get; init; }

    /// <summary>File names of the four text faces and the monospace face, inside <see cref="FontsPath"/> or among the
    /// shipped fonts.</summary>
    public FontFiles Fonts { get; init; } = FontFiles.DejaVuSansCondensed;

    /// <summary>Folder that relative image paths in Markdown are resolved against; null: images are reported missing.</summary>
    public string? ImagesPath { get; init; }
}
