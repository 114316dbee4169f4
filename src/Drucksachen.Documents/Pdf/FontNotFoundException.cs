namespace Drucksachen.Documents.Pdf;

/// <summary>A configured font file is missing. On Debian/Ubuntu install fonts-dejavu-core and fonts-dejavu-extra, or point
/// <see cref="DocumentOptions.FontsPath"/> at the folder holding the files.</summary>
public sealed class FontNotFoundException(string folder, string file)
    : DocumentException($"Font file '{file}' not found in folder '{folder}'. Install the packages fonts-dejavu-core and fonts-dejavu-extra " +
                $"or set FontsPath (Drucksachen:FontsPath) to a folder containing it.")
{
    public string Folder { get; } = folder;
    public string FileName { get; } = file;
}
