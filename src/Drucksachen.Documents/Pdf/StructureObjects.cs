namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The structure tree as <see cref="StructureTree"/> writes it once PDFsharp has numbered the file's objects: the
/// dictionary of its root object (object <paramref name="RootNumber"/>, which PDFsharp saved empty) and its elements
/// as new objects numbered on from <paramref name="FirstNumber"/>.
/// </summary>
internal sealed record StructureObjects(int RootNumber, string Root, int FirstNumber, IReadOnlyList<string> Elements);
