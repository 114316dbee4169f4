using System.Globalization;
using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Papers;

/// <summary>Reads dates as people write them in papers: 2022-10-20 or 20.10.2022.</summary>
public static class PaperDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses or throws an input error naming the field (and file and line when known).</summary>
    public static DateOnly Parse(string text, string field, string? file = null, int? line = null) =>
        TryParse(text, out var date)
            ? date
            : throw new InputException(file, line, field, $"'{text}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)",
                new ErrorText("not-a-date", text));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string German(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day as a history entry stores it (2022-11-03) as people read it (03.11.2022); anything else as it stands.</summary>
    public static string German(string isoDay) =>
        DateOnly.TryParseExact(isoDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? German(day) : isoDay;
}
