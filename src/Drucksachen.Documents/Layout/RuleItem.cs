namespace Drucksachen.Documents.Layout;

/// <summary>A straight line.</summary>
public sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness, Ink Ink) : PageItem
{
    public override PageItem Offset(double dx, double dy) =>
        this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}
