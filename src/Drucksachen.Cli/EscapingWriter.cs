using System.Globalization;
using System.Text;

namespace Drucksachen.Cli;

/// <summary>
/// Writes text with its control characters made visible (ESC as \u001B): the CLI prints titles,
/// names and comments others wrote, and a terminal would execute those characters (clear the
/// screen, set the window title). Line breaks and tabs stay.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (char.IsControl(value) && value is not ('\n' or '\t')) inner.Write($"\\u{(int)value:X4}");
        else inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!value.AsSpan().ContainsAnyInRange('\0', '\u001F') && !value.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            inner.Write(value);
            return;
        }
        foreach (var c in value) Write(c);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
