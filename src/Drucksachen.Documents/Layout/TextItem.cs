namespace Drucksachen.Documents.Layout;

/// <summary>Text set on a baseline starting at X.</summary>
public sealed record TextItem(double X, double Baseline, string Text, TextStyle Style, double Width) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
}
