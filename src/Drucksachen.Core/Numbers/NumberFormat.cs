using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Numbers;

/// <summary>
/// A paper number format such as "{n:0000}/{yy}" (Erfurt: 1803/22), "VO/{yyyy}/{n:0000}" or
/// "{yyyy}/{n:0000} BV". Placeholders: {n} or {n:0000} the running number, {yy} and {yyyy} the year.
/// </summary>
public sealed partial class NumberFormat
{
    private readonly string _pattern;
    private readonly Regex _parser;

    public NumberFormat(string pattern)
    {
        _pattern = pattern;
        var matches = Placeholder().Matches(pattern);
        if (!matches.Any(m => m.Groups["name"].Value == "n"))
            throw new InputException("configuration", null, "NumberFormat",
                $"format '{pattern}' has no running number placeholder {{n}}");

        var regex = new StringBuilder("^");
        var last = 0;
        foreach (Match m in matches)
        {
            regex.Append(Regex.Escape(pattern[last..m.Index]));
            regex.Append(m.Groups["name"].Value switch
            {
                "n" => @"(?<n>\d+)",
                "yy" => @"(?<yy>\d{2})",
                "yyyy" => @"(?<yyyy>\d{4})",
                var other => throw new InputException("configuration", null, "NumberFormat",
                    $"format '{pattern}' has unknown placeholder {{{other}}}"),
            });
            last = m.Index + m.Length;
        }
        regex.Append(Regex.Escape(pattern[last..])).Append('$');
        _parser = new Regex(regex.ToString(), RegexOptions.CultureInvariant);
    }

    public string Format(int sequence, int year) =>
        Placeholder().Replace(_pattern, m => m.Groups["name"].Value switch
        {
            "n" => sequence.ToString(m.Groups["spec"].Success ? m.Groups["spec"].Value : "0", CultureInfo.InvariantCulture),
            "yy" => (year % 100).ToString("00", CultureInfo.InvariantCulture),
            _ => year.ToString("0000", CultureInfo.InvariantCulture),
        });

    /// <summary>
    /// Reads the running number and year out of an existing number (for imported papers).
    /// Two-digit years are taken as 20yy.
    /// </summary>
    public bool TryParse(string number, out int sequence, out int year)
    {
        sequence = 0;
        year = 0;
        var m = _parser.Match(number.Trim());
        if (!m.Success) return false;
        sequence = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["yyyy"].Success) year = int.Parse(m.Groups["yyyy"].Value, CultureInfo.InvariantCulture);
        else if (m.Groups["yy"].Success) year = 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        return year > 0;
    }

    public override string ToString() => _pattern;

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<spec>[0#]+))?\}")]
    private static partial Regex Placeholder();
}
