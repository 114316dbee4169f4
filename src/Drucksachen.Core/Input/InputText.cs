using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Drucksachen.Core.Errors;
using Drucksachen.Documents;

namespace Drucksachen.Core.Input;

/// <summary>
/// The one check of text a person or a script enters: no control characters (a terminal executes
/// them, a PDF or a search index garbles them), no broken UTF-8 or UTF-16, and not longer than its
/// limit. Tabs and line breaks only in text of several lines.
/// </summary>
public static class InputText
{
    /// <summary>Refuses <paramref name="value"/> (null passes) with an error naming the field and where in it.</summary>
    /// <param name="line">The line <paramref name="value"/> starts on in <paramref name="file"/>, if it comes from a file.</param>
    public static void Check(string? value, string? field, int maxChars, bool multiline = false, string? file = null, int? line = null)
    {
        if (value is null) return;
        if (FindBadCharacter(value, multiline) is { } bad)
            throw new InputException(file, line is null ? null : line + bad.Line - 1, field, Describe(value, bad, multiline && line is null),
                new ErrorText("not-text", bad.Line.ToString(CultureInfo.InvariantCulture), bad.Column.ToString(CultureInfo.InvariantCulture)));
        if (value.Length > maxChars)
            throw new InputException(file, line, field,
                string.Create(CultureInfo.InvariantCulture, $"is {value.Length:N0} characters long; at most {maxChars:N0} are allowed"),
                new ErrorText("too-long", value.Length.ToString(CultureInfo.InvariantCulture), maxChars.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Refuses a section's Markdown that is longer or nested deeper than the limits, or not text, at the line where it is.</summary>
    /// <param name="firstLine">The line of the section's text in <paramref name="file"/>, if it comes from a file.</param>
    public static void CheckSection(string text, string field, string? file = null, int? firstLine = null)
    {
        Check(text, field, InputLimits.SectionChars, multiline: true, file, firstLine);
        var (depth, line) = MarkdownNesting.Deepest(text);
        if (depth > InputLimits.NestingDepth)
            throw new InputException(file, firstLine is null ? null : firstLine + line - 1, field,
                $"quotes and lists are nested {depth} deep{(firstLine is null ? $" in line {line}" : "")}; at most {InputLimits.NestingDepth} levels are allowed");
    }

    /// <summary>The first character that is not allowed, with its line (from 1) and column (from 1); null if there is none.</summary>
    public static (int Index, int Line, int Column)? FindBadCharacter(string text, bool multiline)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && multiline)
            {
                (line, lineStart) = (line + 1, i + 1);
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var allowed = !char.IsControl(c) && !char.IsSurrogate(c) || multiline && c is '\t' or '\r';
            if (!allowed) return (i, line, i - lineStart + 1);
        }
        return null;
    }

    /// <summary>
    /// Reads UTF-8 of at most <paramref name="maxBytes"/> bytes, refusing more and refusing invalid
    /// bytes at their line, instead of replacing them unseen.
    /// </summary>
    public static async Task<string> ReadUtf8Async(Stream stream, int maxBytes, string? file, string? field, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), ct)) > 0)
                length += read;
            if (length > maxBytes)
                throw new InputException(file, null, field,
                    string.Create(CultureInfo.InvariantCulture, $"is larger than {maxBytes:N0} bytes, the limit"));
            var bytes = buffer.AsSpan(0, length);
            var chars = new char[length];
            if (Utf8.ToUtf16(bytes, chars, out var bytesRead, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                throw new InputException(file, 1 + bytes[..bytesRead].Count((byte)'\n'), field,
                    $"is not valid UTF-8 (byte 0x{bytes[bytesRead]:X2}); save the file as UTF-8");
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Describe(string value, (int Index, int Line, int Column) bad, bool withLine)
    {
        var c = value[bad.Index];
        var what = char.IsSurrogate(c) ? "a broken character (half of a UTF-16 pair)" : c switch
        {
            '\t' => "a tab",
            '\n' or '\r' => "a line break",
            _ => $"a control character (U+{(int)c:X4})",
        };
        var where = withLine ? $"line {bad.Line}, column {bad.Column}" : $"column {bad.Column}";
        return $"contains {what} at {where}; only text is allowed here";
    }
}
