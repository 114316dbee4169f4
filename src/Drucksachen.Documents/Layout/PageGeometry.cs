namespace Drucksachen.Documents.Layout;

/// <summary>Page size and the text area, in points. A4 with margins fit for punching and filing on the left.</summary>
public sealed record PageGeometry(double Width, double Height, double Left, double Right, double Top, double Bottom)
{
    public static PageGeometry A4 { get; } = new(595.28, 841.89, Left: 70.87, Right: 56.69, Top: 62, Bottom: 70);

    public double ContentWidth => Width - Left - Right;
    public double ContentBottom => Height - Bottom;
}
