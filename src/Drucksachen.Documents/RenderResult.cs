namespace Drucksachen.Documents;

/// <summary>A rendered paper.</summary>
/// <param name="Pdf">The PDF file; byte-identical for equal input, options and template.</param>
/// <param name="PageCount">Number of pages.</param>
/// <param name="TemplateName">Name of the template used (front matter <c>name</c>).</param>
/// <param name="TemplateVersion">Version of the template used (front matter <c>version</c>); store it with the PDF.</param>
/// <param name="Problems">What the layout had to work around (missing image, over-long word, too-wide table).
/// The PDF is complete anyway; show these to the author before release.</param>
public sealed record RenderResult(
    byte[] Pdf,
    int PageCount,
    string TemplateName,
    string TemplateVersion,
    IReadOnlyList<LayoutProblem> Problems);
