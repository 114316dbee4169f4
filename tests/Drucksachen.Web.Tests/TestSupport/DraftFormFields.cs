using System.Net;
using System.Text.RegularExpressions;

namespace Drucksachen.Web.Tests.TestSupport;

/// <summary>The draft form (/Entwuerfe/{id}) as a browser would send it: its fields as they stand, no submit buttons.</summary>
public static partial class DraftFormFields
{
    /// <summary>The inputs, textareas and the advisory sequence's selected options of the draft form in <paramref name="html"/>.</summary>
    public static List<KeyValuePair<string, string>> Of(string html)
    {
        var start = html.IndexOf("name=\"Form.ExpectedVersion\"", StringComparison.Ordinal);
        var form = html[html.LastIndexOf("<form", start, StringComparison.Ordinal)..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in InputTag().Matches(form))
        {
            var tag = m.Value;
            var name = Attr(tag, "name");
            if (name is null || name == "__RequestVerificationToken" || name.StartsWith("Form.New", StringComparison.Ordinal)) continue;
            var type = Attr(tag, "type");
            if (type == "checkbox" && !tag.Contains("checked", StringComparison.Ordinal)) continue;
            fields.Add(new(name, Attr(tag, "value") ?? ""));
        }
        foreach (Match m in TextArea().Matches(form)) fields.Add(new(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));
        foreach (Match m in Select().Matches(form))
        {
            var name = m.Groups[1].Value;
            if (!name.StartsWith("Form.Consultations", StringComparison.Ordinal)) continue;
            var selected = SelectedOption().Match(m.Groups[2].Value);
            fields.Add(new(name, selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : ""));
        }
        return fields;
    }

    private static string? Attr(string tag, string name) =>
        Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option selected=\"selected\"[^>]*>([^<]*)</option>")]
    private static partial Regex SelectedOption();
}
