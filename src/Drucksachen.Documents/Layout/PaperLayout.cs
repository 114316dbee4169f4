using System.Globalization;

namespace Drucksachen.Documents.Layout;

/// <summary>
/// Lays out a whole paper: the first-page block (title, number, publicity, advisory sequence), the type heading,
/// the filled template body, the date and signature line; then pages it and adds running header and footer.
/// Thread-safe: all state lives in the per-call <see cref="LayoutRenderer"/>.
/// </summary>
internal sealed class PaperLayout(LayoutPipeline pipeline, IFontMetrics metrics, LayoutTheme theme, string? imagesPath)
{
    public (LaidOutDocument Document, IReadOnlyList<LayoutProblem> Problems) Layout(PaperDocument paper, string typeHeading, string markdown)
    {
        var context = new LayoutContext(metrics, theme) { ImagesPath = imagesPath };
        var structure = new StructureElement(StructureType.Document, null);
        var renderer = new LayoutRenderer(pipeline, context, structure);
        var blocks = new List<FlowBlock> { FirstPageBlock(context, paper, structure), AdvisorySequence(context, paper.Consultations, structure) };

        var headingStyle = new TextStyle(FontFace.Bold, theme.TypeHeadingSize, Ink.Black);
        renderer.AddParagraph([new InlineSpan(typeHeading, headingStyle, null)], TextAlign.Left, 26, 4,
            keepWithNext: true, outline: (1, typeHeading), type: StructureType.H2);
        renderer.Render(MarkdownNesting.Parse(markdown, pipeline.Markdown));
        blocks.AddRange(renderer.Blocks);
        blocks.Add(Signature(context, paper, structure));

        var document = new Paginator(theme.Geometry).Paginate(blocks, structure);
        PageDecorator.Decorate(context, document, NumberLabel(paper));
        return (document, context.Problems);
    }

    public static string NumberLabel(PaperDocument paper) => paper.Number is null ? "Entwurf" : $"Drucksache {paper.Number}";

    private static string Publicity(bool isPublic) => isPublic ? "öffentlich" : "nicht öffentlich";

    private static BoxBlock FirstPageBlock(LayoutContext context, PaperDocument paper, StructureElement structure)
    {
        var theme = context.Theme;
        var breaker = new LineBreaker(context);
        var width = theme.Geometry.ContentWidth;
        var leftWidth = width * 0.68;
        var rightX = width * 0.74;
        var items = new List<PageItem>();
        var top = 0.0;
        if (paper.Letterhead is { Length: > 0 } letterhead)
        {
            top = LineStack.Stack(items, 0, 0, structure, StructureType.P,
                breaker.Break([new InlineSpan(letterhead, new TextStyle(FontFace.Bold, 11, Ink.Black), null)], width, TextAlign.Left)) + 10;
        }

        var left = LineStack.Stack(items, 0, top, structure, StructureType.P,
            breaker.Break([new InlineSpan("Titel der Drucksache:", theme.Label, null)], leftWidth, TextAlign.Left));
        left = LineStack.Stack(items, 0, left + 1, structure, StructureType.H1,
            breaker.Break([new InlineSpan(paper.Title, new TextStyle(FontFace.Bold, 12, Ink.Black), null)], leftWidth, TextAlign.Left));

        left = LineStack.Stack(items, 0, left + 6, structure, StructureType.P,
            breaker.Break([new InlineSpan("Federführung: ", theme.Label, null), new InlineSpan(paper.LeadOffice, theme.Body, null)], leftWidth, TextAlign.Left));

        var right = LineStack.Stack(items, rightX, top, structure, StructureType.P,
            breaker.Break([new InlineSpan("Drucksache", theme.Label, null)], width - rightX, TextAlign.Left));
        right = LineStack.Stack(items, rightX, right + 1, structure, StructureType.P,
            breaker.Break([new InlineSpan(paper.Number ?? "Entwurf", new TextStyle(FontFace.Bold, 14, Ink.Black), null)], width - rightX, TextAlign.Left));
        right = LineStack.Stack(items, rightX, right + 4, structure, StructureType.P,
            breaker.Break([new InlineSpan(Publicity(paper.IsPublic), theme.Body, null)], width - rightX, TextAlign.Left));

        var height = Math.Max(left, right) + 8;
        items.Add(new RuleItem(0, height, width, height, 0.75, Ink.Black));
        return new BoxBlock(height, items) { SpaceAfter = 14 };
    }

    private static TableBlock AdvisorySequence(LayoutContext context, IReadOnlyList<ConsultationRow> consultations, StructureElement structure)
    {
        var size = context.Theme.TableFontSize;
        var bold = new TextStyle(FontFace.Bold, size, Ink.Text);
        var plain = new TextStyle(FontFace.Regular, size, Ink.Text);
        var muted = new TextStyle(FontFace.Regular, size, Ink.Muted);
        var withOutcome = consultations.Any(c => c.Outcome is not null);

        static TableCellContent Cell(params InlineSpan[] spans) => new(spans, TextAlign.Left);

        var header = new List<TableCellContent>
        {
            Cell(new InlineSpan("Beratungsfolge", bold, null)), Cell(new InlineSpan("Datum", bold, null)),
            Cell(new InlineSpan("Behandlung", bold, null)),
        };
        if (withOutcome)
            header.Add(Cell(new InlineSpan("Ergebnis", bold, null)));
        var rows = new List<(bool, IReadOnlyList<TableCellContent>)> { (true, header) };
        foreach (var consultation in consultations)
        {
            var row = new List<TableCellContent>
            {
                Cell(new InlineSpan(consultation.Body, plain, null)),
                Cell(new InlineSpan(consultation.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), plain, null)),
                Cell(new InlineSpan(Publicity(consultation.IsPublic), plain, null), new InlineSpan(InlineSpan.HardBreak, plain, null),
                    new InlineSpan(consultation.Role, muted, null)),
            };
            if (withOutcome)
                row.Add(Cell(new InlineSpan(Result(consultation), plain, null)));
            rows.Add((false, row));
        }
        return TableBuilder.Build(context, rows, 0, context.Theme.Geometry.ContentWidth, 0, 0, structure);
    }

    /// <summary>The result column as a clerk writes it: "beschlossen, 31/12/4".</summary>
    public static string Result(ConsultationRow consultation) =>
        consultation.Outcome is null ? "" : consultation.Vote is null ? consultation.Outcome : $"{consultation.Outcome}, {consultation.Vote}";

    private static BoxBlock Signature(LayoutContext context, PaperDocument paper, StructureElement structure)
    {
        var theme = context.Theme;
        var breaker = new LineBreaker(context);
        var text = $"{paper.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}, {paper.Signature}";
        var items = new List<PageItem>();
        var y = LineStack.Stack(items, 0, 0, structure, StructureType.P,
            breaker.Break([new InlineSpan(text, theme.Body, null)], theme.Geometry.ContentWidth, TextAlign.Left));
        items.Add(new RuleItem(0, y + 1, 230, y + 1, 0.5, Ink.Black));
        y = LineStack.Stack(items, 0, y + 3, structure, StructureType.P,
            breaker.Break([new InlineSpan("Datum, Unterschrift", theme.Label, null)], 230, TextAlign.Left));
        return new BoxBlock(y, items) { SpaceBefore = 30, KeepWithPrevious = true };
    }
}
