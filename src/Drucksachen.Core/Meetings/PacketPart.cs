namespace Drucksachen.Core.Meetings;

/// <summary>One paper's current PDF in a meeting packet, by the number of its agenda item ("Ö 4.1").</summary>
public sealed record PacketPart(string ItemNumber, byte[] Pdf);
