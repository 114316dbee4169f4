namespace Drucksachen.Documents.Pdf;

/// <summary>Part <see cref="Index"/> of a packet is not a readable PDF; the caller names the part in its own words.</summary>
internal sealed class UnreadablePartException(int index, Exception inner) : Exception($"Part {index} is not a readable PDF.", inner)
{
    public int Index { get; } = index;
}
