namespace Drucksachen.Documents.Meetings;

/// <summary>The stored PDF of the paper on item <see cref="ItemNumber"/> cannot be read, so the packet cannot be made. The
/// message names the item only, never the paper's title, as the packet may be the public one.</summary>
public sealed class UnreadablePaperPdfException(string itemNumber, Exception inner)
    : DocumentException($"Die PDF-Datei der Vorlage zu TOP {itemNumber} ist nicht lesbar; rendern Sie die Vorlage neu und erstellen Sie dann die Sitzungsmappe.", inner)
{
    public string ItemNumber { get; } = itemNumber;
}
