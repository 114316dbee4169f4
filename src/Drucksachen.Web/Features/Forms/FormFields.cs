using System.Text.RegularExpressions;

namespace Drucksachen.Web.Features.Forms;

/// <summary>
/// The labels of one form's fields by the keys errors carry (e.g. "next-date" → "Nächster
/// Sitzungstermin"), so an error names the field as the form labels it. Rows of a list are keyed
/// "consultations[2].date" and named by their row: "Beratungsfolge, Zeile 3: Sitzung".
/// </summary>
public sealed partial class FormFields(IReadOnlyDictionary<string, string> labels)
{
    public string this[string key] => labels[key];

    /// <summary>The field's label, or null when this form has no field of that key.</summary>
    public string? Label(string? field)
    {
        if (field is null) return null;
        if (labels.TryGetValue(field, out var label)) return label;
        if (Row().Match(field) is { Success: true } row && labels.TryGetValue(row.Groups["list"].Value, out var list))
        {
            var number = int.Parse(row.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            var part = labels.GetValueOrDefault(row.Groups["list"].Value + "." + row.Groups["part"].Value);
            return part is null ? $"{list}, Zeile {number}" : $"{list}, Zeile {number}: {part}";
        }
        return null;
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]\.(?<part>\w+)$")]
    private static partial Regex Row();
}
