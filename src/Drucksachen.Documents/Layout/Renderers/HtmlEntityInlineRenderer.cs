using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Entities such as <c>&amp;shy;</c> or <c>&amp;euro;</c> become their character.</summary>
internal sealed class HtmlEntityInlineRenderer : LayoutObjectRenderer<HtmlEntityInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlEntityInline node) => renderer.AddText(node.Transcoded.ToString());
}
