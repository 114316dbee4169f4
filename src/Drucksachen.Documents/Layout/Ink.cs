namespace Drucksachen.Documents.Layout;

/// <summary>An RGB colour, 0..255 per channel.</summary>
public readonly record struct Ink(byte R, byte G, byte B)
{
    public static Ink Black { get; } = new(0, 0, 0);
    public static Ink Text { get; } = new(0x1a, 0x1a, 0x1a);
    public static Ink Muted { get; } = new(0x55, 0x55, 0x55);
    public static Ink Link { get; } = new(0x0b, 0x4f, 0x9c);
    public static Ink Rule { get; } = new(0x80, 0x80, 0x80);
    public static Ink HeaderFill { get; } = new(0xe8, 0xe8, 0xe8);
}
