using Drucksachen.Documents.Layout;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>Layout with <see cref="FixedWidthMetrics"/>: body text 10 pt, so every character is 5 pt wide and every line 14 pt high.</summary>
internal static class LayoutFixture
{
    public static LayoutTheme Theme { get; } = new()
    {
        Body = new TextStyle(FontFace.Regular, 10, Ink.Text),
        LineSpacing = 1.4,
        TableFontSize = 10,
        MinTableFontSize = 6,
    };

    public static LayoutContext Context() => new(new FixedWidthMetrics(), Theme);

    public static InlineSpan Span(string text, FontFace face = FontFace.Regular) => new(text, Theme.Body with { Face = face }, null);

    public static string Text(LineBox line) =>
        string.Join("|", line.Items.OfType<TextItem>().Select(t => t.Text));

    public static LineBox Line(string text) => new(14, [new TextItem(0, 11, text, Theme.Body, text.Length * 5)]);

    public static LineBlock Paragraph(string prefix, int lines, double spaceBefore = 0) =>
        new(0, [.. Enumerable.Range(1, lines).Select(i => Line($"{prefix}{i}"))]) { SpaceBefore = spaceBefore };

    public static IEnumerable<string> Texts(LaidOutPage page) => page.Items.OfType<TextItem>().Select(t => t.Text);
}
