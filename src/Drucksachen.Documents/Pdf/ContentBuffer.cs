using System.Buffers;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The bytes of one page's content stream as they are written: operators and numbers in ASCII, character codes as
/// bytes. Written straight into a pooled array rather than as characters into a string that is then encoded (as
/// PDFsharp's graphics do), which copies every page three times.
/// </summary>
internal sealed class ContentBuffer : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;

    public ContentBuffer Append(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(Room(ascii.Length));
        _length += ascii.Length;
        return this;
    }

    /// <summary>Appends text of ASCII characters, such as a resource or structure type name.</summary>
    public ContentBuffer Append(string ascii)
    {
        var room = Room(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
            room[i] = (byte)ascii[i];
        _length += ascii.Length;
        return this;
    }

    public ContentBuffer Append(byte value)
    {
        if (_length == _bytes.Length)
            Room(1);
        _bytes[_length++] = value;
        return this;
    }

    /// <summary>Appends a byte inside a literal string: parentheses and backslash escaped, and line ends, which a
    /// reader would otherwise normalise. Called for both bytes of every character drawn, so it writes in place.</summary>
    public void AppendInString(byte value)
    {
        if (_length + 2 > _bytes.Length)
            Room(2);
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                _bytes[_length++] = (byte)'\\';
                _bytes[_length++] = value;
                break;
            case (byte)'\r':
                _bytes[_length++] = (byte)'\\';
                _bytes[_length++] = (byte)'r';
                break;
            case (byte)'\n':
                _bytes[_length++] = (byte)'\\';
                _bytes[_length++] = (byte)'n';
                break;
            default:
                _bytes[_length++] = value;
                break;
        }
    }

    public ContentBuffer Append(int value)
    {
        value.TryFormat(Room(11), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>Appends a UTF-16 code unit as four hex digits, as text strings in hex are written.</summary>
    public ContentBuffer AppendHex(char unit)
    {
        var room = Room(4);
        for (var i = 0; i < 4; i++)
            room[i] = (byte)"0123456789ABCDEF"[(unit >> (12 - 4 * i)) & 0xF];
        _length += 4;
        return this;
    }

    /// <summary>The bytes written, as an array of their own.</summary>
    public byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(2 * _bytes.Length, _length + count));
            _bytes.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
        return _bytes.AsSpan(_length, count);
    }
}
