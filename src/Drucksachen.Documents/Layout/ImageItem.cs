namespace Drucksachen.Documents.Layout;

/// <summary>An image file scaled into a rectangle.</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, string Path) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
