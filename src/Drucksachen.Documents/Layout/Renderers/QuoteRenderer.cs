using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Block quotes: indented, with a bar in the margin.</summary>
internal sealed class QuoteRenderer : LayoutObjectRenderer<QuoteBlock>
{
    protected override void Write(LayoutRenderer renderer, QuoteBlock node)
    {
        renderer.EnterQuote();
        renderer.WriteChildren(node);
        renderer.LeaveQuote();
    }
}
