namespace Drucksachen.Core.Configuration;

/// <summary>
/// The standard items every agenda of a body starts and ends with, per part. Papers and free items
/// go between the opening and the closing items.
/// </summary>
public sealed class AgendaOptions
{
    public List<string> PublicOpening { get; set; } =
    [
        "Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit",
        "Änderungen der Tagesordnung",
        "Genehmigung der Niederschrift der letzten Sitzung",
    ];

    public List<string> PublicClosing { get; set; } = ["Mitteilungen der Verwaltung", "Anfragen", "Sonstiges"];

    public List<string> NonPublicOpening { get; set; } = ["Genehmigung der nichtöffentlichen Niederschrift der letzten Sitzung"];

    public List<string> NonPublicClosing { get; set; } = ["Mitteilungen der Verwaltung", "Sonstiges"];
}
