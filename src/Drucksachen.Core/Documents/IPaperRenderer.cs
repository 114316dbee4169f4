using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Documents;

/// <summary>Lays a paper out as a PDF.</summary>
public interface IPaperRenderer
{
    RenderedPaper Render(Paper paper);
}

/// <param name="Pdf">The PDF file.</param>
/// <param name="Template">Template name and version, e.g. "Informationsvorlage v1".</param>
/// <param name="Problems">What could not be laid out as written (the PDF is still complete).</param>
public sealed record RenderedPaper(byte[] Pdf, string Template, IReadOnlyList<string> Problems);
