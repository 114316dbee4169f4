namespace Drucksachen.Documents.Layout;

/// <summary>
/// Lays out a meeting document (invitation, minutes): the filled template, whose <c>#</c> heading is the document's
/// title (H1), then the signature lines if any; pages it and adds running header and footer as for a paper.
/// Thread-safe: all state lives in the per-call <see cref="LayoutRenderer"/>.
/// </summary>
internal sealed class MeetingLayout(LayoutPipeline pipeline, IFontMetrics metrics, LayoutTheme theme)
{
    /// <param name="headerLabel">What the running header of every page after the first says ("Einladung SAG/001/2026").</param>
    /// <param name="signatures">Signature lines side by side at the end: the role under the line, the name above it.</param>
    public (LaidOutDocument Document, IReadOnlyList<LayoutProblem> Problems) Layout(string markdown, string headerLabel,
        IReadOnlyList<(string Role, string? Name)> signatures)
    {
        var context = new LayoutContext(metrics, theme);
        var structure = new StructureElement(StructureType.Document, null);
        var renderer = new LayoutRenderer(pipeline, context, structure) { HeadingFloor = 1 };
        renderer.Render(MarkdownNesting.Parse(markdown, pipeline.Markdown));
        var blocks = new List<FlowBlock>(renderer.Blocks);
        if (signatures.Count > 0)
            blocks.Add(Signatures(context, signatures, structure));

        var document = new Paginator(theme.Geometry).Paginate(blocks, structure);
        PageDecorator.Decorate(context, document, headerLabel);
        return (document, context.Problems);
    }

    private static BoxBlock Signatures(LayoutContext context, IReadOnlyList<(string Role, string? Name)> signatures, StructureElement structure)
    {
        var theme = context.Theme;
        var breaker = new LineBreaker(context);
        var column = theme.Geometry.ContentWidth / signatures.Count;
        var lineWidth = column - 24;
        var items = new List<PageItem>();
        var height = 0.0;
        for (var i = 0; i < signatures.Count; i++)
        {
            var (role, name) = signatures[i];
            var x = i * column;
            // Room above the line for the handwritten signature; the printed name under it, then the role.
            var y = 0.0;
            items.Add(new RuleItem(x, y, x + lineWidth, y, 0.5, Ink.Black));
            if (name is { Length: > 0 })
                y = LineStack.Stack(items, x, y + 3, structure, StructureType.P,
                    breaker.Break([new InlineSpan(name, theme.Body, null)], lineWidth, TextAlign.Left));
            y = LineStack.Stack(items, x, y + 2, structure, StructureType.P,
                breaker.Break([new InlineSpan(role, theme.Label, null)], lineWidth, TextAlign.Left));
            height = Math.Max(height, y);
        }
        return new BoxBlock(height, items) { SpaceBefore = 48, KeepWithPrevious = true };
    }
}
