namespace Drucksachen.Persistence;

/// <summary>The last number handed out per series and year.</summary>
public sealed class NumberCounter
{
    public string Series { get; set; } = "";
    public int Year { get; set; }
    public int Last { get; set; }
}
