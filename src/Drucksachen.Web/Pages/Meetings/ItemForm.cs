using Drucksachen.Core.Meetings;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>One agenda item's recording form as posted.</summary>
public sealed class ItemForm
{
    public string? Item { get; set; }
    public string? Outcome { get; set; }
    public string? Vote { get; set; }
    public string? Resolution { get; set; }
    public string? Note { get; set; }
    public string? NextDate { get; set; }
    public string? Body { get; set; }

    public ItemRecord ToRecord() => new(Blank(Outcome), Blank(Vote), Blank(Resolution), Blank(Note), Blank(NextDate), Blank(Body));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
