namespace Drucksachen.Documents.Pdf;

/// <summary>Document information for the PDF's Info dictionary and XMP packet.</summary>
/// <param name="DocumentKey">Identifies the paper across its versions (its number); becomes the first file ID.</param>
/// <param name="ContentKey">Identifies this exact content; becomes the second file ID and the XMP instance ID.</param>
internal sealed record PdfMetadataInfo(string Title, string Author, string Subject, string Keywords, DateOnly Date,
    string DocumentKey, string ContentKey);
