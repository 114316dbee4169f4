namespace Drucksachen.Documents.Layout;

/// <summary>A clickable area leading to <see cref="Target"/> (a URI).</summary>
public sealed record LinkItem(double X, double Y, double Width, double Height, string Target) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
