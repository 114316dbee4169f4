using Drucksachen.Web.Features.Drafts;

namespace Drucksachen.Web.Pages.Drafts;

/// <summary>What the draft fields need; <paramref name="Action"/> is the address the form posts to.</summary>
public sealed record DraftFieldsView(DraftForm Form, string LeadOffice, IReadOnlyList<string> SectionKeys, string Action)
{
    /// <summary>Where the advisory sequence starts on the page.</summary>
    public const string SequenceAnchor = "beratungsfolge";

    /// <summary>The anchor of the row at <paramref name="index"/> (0-based), e.g. "beratung-2".</summary>
    public static string RowAnchor(int index) => $"beratung-{index + 1}";

    /// <summary>
    /// The form's address with the anchor a row command lands on, so the reader stays where they
    /// were: the moved row, or the advisory sequence after an add or a removal. A redirect after
    /// saving keeps the anchor (the browser carries it over when the new address has none).
    /// </summary>
    public string ActionTo(string anchor) => $"{Action}#{anchor}";
}
