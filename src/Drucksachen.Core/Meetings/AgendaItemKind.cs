namespace Drucksachen.Core.Meetings;

/// <summary>What an agenda item is; standard items open and close each part, papers and free items lie between.</summary>
public enum AgendaItemKind
{
    Opening,
    Paper,
    Free,
    Closing,
}
