using Drucksachen.Documents.Layout;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>
/// <see cref="FixedWidthMetrics"/> that counts the characters it is asked to measure and refuses to measure more than
/// <paramref name="budget"/>: layout work that grows faster than the text fails at once instead of running for minutes.
/// </summary>
public sealed class CountingMetrics(long budget) : IFontMetrics
{
    private readonly FixedWidthMetrics _inner = new();

    public long Measured { get; private set; }

    public double MeasureWidth(ReadOnlySpan<char> text, FontFace face, double size)
    {
        Measured += text.Length;
        if (Measured > budget)
            throw new InvalidOperationException($"Layout measured more than {budget:N0} characters.");
        return _inner.MeasureWidth(text, face, size);
    }

    public double Ascent(FontFace face, double size) => _inner.Ascent(face, size);

    public double Descent(FontFace face, double size) => _inner.Descent(face, size);
}
