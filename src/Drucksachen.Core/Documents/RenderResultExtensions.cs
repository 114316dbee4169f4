using Drucksachen.Documents;

namespace Drucksachen.Core.Documents;

internal static class RenderResultExtensions
{
    /// <summary>The document layer's result as the domain keeps it: the template named with its version ("Einladung v1").</summary>
    public static RenderedPaper ToRenderedPaper(this RenderResult result) =>
        new(result.Pdf, $"{result.TemplateName} v{result.TemplateVersion}", result.Problems.Select(p => p.Message).ToList());
}
