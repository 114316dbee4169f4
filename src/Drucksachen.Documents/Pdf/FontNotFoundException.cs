namespace Drucksachen.Documents.Pdf;

/// <summary>A configured font file is missing: from <see cref="DocumentOptions.FontsPath"/>, or (when that is not set)
/// from the fonts shipped with the product.</summary>
public sealed class FontNotFoundException(string? folder, string file)
    : DocumentException(folder is null
        ? $"Font file '{file}' is not among the fonts shipped with the product (src/Drucksachen.Documents/Fonts); " +
          "name one of them, or set FontsPath (Drucksachen:FontsPath) to a folder containing it."
        : $"Font file '{file}' not found in folder '{folder}'. Set FontsPath (Drucksachen:FontsPath) to a folder containing it, " +
          "or leave it unset to use the fonts shipped with the product.")
{
    public string? Folder { get; } = folder;
    public string FileName { get; } = file;
}
