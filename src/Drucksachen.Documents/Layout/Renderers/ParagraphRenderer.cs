using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Justified body text; a paragraph that is nothing but an image becomes the image.</summary>
internal sealed class ParagraphRenderer : LayoutObjectRenderer<ParagraphBlock>
{
    protected override void Write(LayoutRenderer renderer, ParagraphBlock node)
    {
        var theme = renderer.Context.Theme;
        if (node.Inline?.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null)
        {
            ImageLayout.Add(renderer, image);
            return;
        }
        var spacing = renderer.Tight ? 2 : theme.ParagraphSpacing;
        renderer.AddParagraph(renderer.CollectInlines(node.Inline), TextAlign.Justify, spacing, spacing);
    }
}
