using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout;

/// <summary>
/// State of one layout run over a Markdown document: the flow blocks made so far, the current indentation and
/// inline style. Renderers call back into it, as Markdig's HtmlRenderer is used by its object renderers.
/// </summary>
internal sealed class LayoutRenderer
{
    private readonly LayoutPipeline _pipeline;
    private readonly List<double> _quoteBars = [];
    private List<InlineSpan> _spans = [];

    public LayoutRenderer(LayoutPipeline pipeline, LayoutContext context, StructureElement parent)
    {
        _pipeline = pipeline;
        Context = context;
        Parent = parent;
        Breaker = new LineBreaker(context);
        Style = context.Theme.Body;
    }

    public LayoutContext Context { get; }
    public LineBreaker Breaker { get; }
    public List<FlowBlock> Blocks { get; } = [];

    /// <summary>Left edge of the text, relative to the left margin.</summary>
    public double Indent { get; set; }

    public double Width => Context.Theme.Geometry.ContentWidth - Indent;

    /// <summary>Paragraphs of tight list items sit close together.</summary>
    public bool Tight { get; set; }

    /// <summary>List marker waiting for the first line of the next block.</summary>
    public InlineSpan? PendingMarker { get; set; }

    /// <summary>The structure element new blocks become children of.</summary>
    public StructureElement Parent { get; set; }

    /// <summary>The label element the <see cref="PendingMarker"/> is content of.</summary>
    public StructureElement? PendingLabel { get; set; }

    /// <summary>The structure type <c>#</c> becomes: 2 (H2) in a paper, whose title is its H1; 1 in a document whose
    /// template sets its own title.</summary>
    public int HeadingFloor { get; init; } = 2;

    public TextStyle Style { get; set; }
    public string? Link { get; set; }

    public void Render(MarkdownDocument document) => WriteChildren(document);

    public void Write(MarkdownObject node)
    {
        var renderer = _pipeline.Find(node);
        if (renderer is not null)
        {
            renderer.Write(this, node);
            return;
        }
        switch (node)
        {
            case ContainerBlock container:
                WriteChildren(container);
                break;
            case LeafBlock { Inline: not null } leaf:
                AddParagraph(CollectInlines(leaf.Inline), TextAlign.Left, Context.Theme.ParagraphSpacing, Context.Theme.ParagraphSpacing);
                break;
            case ContainerInline inlines:
                WriteInlines(inlines);
                break;
        }
    }

    public void WriteChildren(ContainerBlock container)
    {
        foreach (var child in container)
            Write(child);
    }

    public void WriteInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            Write(inline);
    }

    public void AddText(string text)
    {
        if (text.Length > 0)
            _spans.Add(new InlineSpan(text, Style, Link));
    }

    public void AddHardBreak() => _spans.Add(new InlineSpan(InlineSpan.HardBreak, Style, null));

    /// <summary>Runs the inline renderers over <paramref name="inlines"/> starting in <paramref name="style"/>.</summary>
    public List<InlineSpan> CollectInlines(ContainerInline? inlines, TextStyle? style = null)
    {
        var (outerSpans, outerStyle, outerLink) = (_spans, Style, Link);
        _spans = [];
        Style = style ?? Context.Theme.Body;
        Link = null;
        if (inlines is not null)
            WriteInlines(inlines);
        var collected = _spans;
        (_spans, Style, Link) = (outerSpans, outerStyle, outerLink);
        return collected;
    }

    /// <summary>Sets spans into lines at the current indentation and appends them as a block, in the structure a
    /// paragraph or the heading given as <paramref name="type"/>.</summary>
    public LineBlock AddParagraph(IReadOnlyList<InlineSpan> spans, TextAlign align, double spaceBefore, double spaceAfter,
        bool keepWithNext = false, (int, string)? outline = null, StructureType type = StructureType.P)
    {
        var lines = Breaker.Break(spans, Width, align);
        if (lines.Count == 0 && PendingMarker is not null)
            lines.Add(new LineBox(Context.LineHeight(Style.Size), []));
        Tagging.Tag(lines, new StructureElement(type, Parent));
        AttachMarker(lines);
        AddQuoteBars(lines);
        var block = new LineBlock(Indent, lines)
        {
            SpaceBefore = spaceBefore,
            SpaceAfter = spaceAfter,
            KeepWithNext = keepWithNext,
            KeepTogether = outline is not null,
            Outline = outline,
        };
        Blocks.Add(block);
        return block;
    }

    public void AddBlock(FlowBlock block) => Blocks.Add(block);

    public void EnterQuote()
    {
        Parent = new StructureElement(StructureType.BlockQuote, Parent);
        _quoteBars.Add(Indent + 3);
        Indent += Context.Theme.QuoteIndent;
    }

    public void LeaveQuote()
    {
        Indent -= Context.Theme.QuoteIndent;
        _quoteBars.RemoveAt(_quoteBars.Count - 1);
        Parent = Parent.Parent!;
    }

    private void AttachMarker(List<LineBox> lines)
    {
        if (PendingMarker is not { } marker || lines.Count == 0)
            return;
        PendingMarker = null;
        var label = PendingLabel;
        PendingLabel = null;
        var first = lines[0];
        var baseline = first.Items.OfType<TextItem>().Select(t => t.Baseline).DefaultIfEmpty(
            Context.Metrics.Ascent(marker.Style.Face, marker.Style.Size)).First();
        var width = Context.Measure(marker.Text, marker.Style);
        first.Items.Insert(0, new TextItem(-width - 5, baseline, marker.Text, marker.Style, width) { Element = label });
    }

    private void AddQuoteBars(List<LineBox> lines)
    {
        foreach (var bar in _quoteBars)
        foreach (var line in lines)
            line.Items.Add(new RuleItem(bar - Indent, 0, bar - Indent, line.Height, 1.5, Ink.Rule));
    }
}
