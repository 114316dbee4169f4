namespace Drucksachen.Documents.Layout;

/// <summary>A filled rectangle, drawn below text (table header shading).</summary>
public sealed record FillItem(double X, double Y, double Width, double Height, Ink Ink) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
