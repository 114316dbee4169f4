using Microsoft.IO;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Pooled buffers for the PDF being written and rewritten. A paper's uncompressed PDF is a few hundred kilobytes:
/// fresh MemoryStreams for it land on the large object heap and cost a full collection every few renders.
/// </summary>
internal static class PdfBuffers
{
    private static readonly RecyclableMemoryStreamManager Manager = new();

    public static RecyclableMemoryStream Rent(string purpose) => Manager.GetStream(purpose);
}
