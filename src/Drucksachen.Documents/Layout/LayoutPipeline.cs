using System.Collections.Concurrent;
using Drucksachen.Documents.Layout.Renderers;
using Markdig;
using Markdig.Syntax;

namespace Drucksachen.Documents.Layout;

/// <summary>
/// The Markdown parser settings plus one layout renderer per node type. Built once, immutable and thread-safe;
/// each layout run gets its own <see cref="LayoutRenderer"/>.
/// </summary>
internal sealed class LayoutPipeline
{
    private readonly IReadOnlyList<ILayoutObjectRenderer> _renderers;
    private readonly ConcurrentDictionary<Type, ILayoutObjectRenderer?> _byType = new();

    public LayoutPipeline(IReadOnlyList<ILayoutObjectRenderer> renderers)
    {
        _renderers = renderers;
        // Raw HTML is never markup: with HTML disabled Markdig keeps tags as literal text.
        Markdown = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseAutoLinks()
            .DisableHtml()
            .Build();
    }

    public static LayoutPipeline Default { get; } = new(
    [
        new ParagraphRenderer(), new HeadingRenderer(), new ListRenderer(), new ListItemRenderer(),
        new QuoteRenderer(), new ThematicBreakRenderer(), new CodeBlockRenderer(), new TableRenderer(),
        new LiteralInlineRenderer(), new EmphasisInlineRenderer(), new LinkInlineRenderer(),
        new AutolinkInlineRenderer(), new CodeInlineRenderer(), new LineBreakInlineRenderer(),
        new HtmlEntityInlineRenderer(), new HtmlInlineRenderer(),
    ]);

    public MarkdownPipeline Markdown { get; }

    public ILayoutObjectRenderer? Find(MarkdownObject node) =>
        _byType.GetOrAdd(node.GetType(), static (_, state) => state.Renderers.FirstOrDefault(r => r.Accept(state.Node)),
            (Renderers: _renderers, Node: node));
}
