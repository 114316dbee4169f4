namespace Drucksachen.Documents.Pdf;

/// <summary>A configured font file is missing. On Debian/Ubuntu install fonts-dejavu-core, or point
/// <see cref="DocumentOptions.FontsPath"/> at the folder holding the files.</summary>
public sealed class FontNotFoundException(string folder, string file)
    : Exception($"Font file '{file}' not found in folder '{folder}'. Install the package fonts-dejavu-core " +
                $"or set DocumentOptions.FontsPath to a folder containing it.")
{
    public string Folder { get; } = folder;
    public string FileName { get; } = file;
}
