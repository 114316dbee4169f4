namespace Drucksachen.Documents.Layout;

/// <summary>A piece of paragraph text in one style, as inline renderers collect it. <see cref="HardBreak"/> ends the line.</summary>
internal readonly record struct InlineSpan(string Text, TextStyle Style, string? Link)
{
    public const string HardBreak = "\n";

    public bool IsHardBreak => ReferenceEquals(Text, HardBreak) || Text == HardBreak;
}
