using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Indented or fenced code: monospace, line breaks kept.</summary>
internal sealed class CodeBlockRenderer : LayoutObjectRenderer<CodeBlock>
{
    protected override void Write(LayoutRenderer renderer, CodeBlock node)
    {
        var style = renderer.Context.Theme.Body with { Face = FontFace.Monospace, Size = renderer.Context.Theme.Body.Size - 1 };
        var spans = new List<InlineSpan>();
        foreach (var line in node.Lines.Lines.Take(node.Lines.Count))
        {
            spans.Add(new InlineSpan(line.Slice.ToString().Replace(' ', '\u00A0'), style, null));
            spans.Add(new InlineSpan(InlineSpan.HardBreak, style, null));
        }
        var spacing = renderer.Context.Theme.ParagraphSpacing;
        renderer.AddParagraph(spans, TextAlign.Left, spacing, spacing);
    }
}
