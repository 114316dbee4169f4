using System.Buffers;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The bytes of one page's content stream as they are written: operators and numbers in ASCII, character codes as
/// bytes. Written straight into a pooled array rather than as characters into a string that is then encoded (as
/// PDFsharp's graphics do), which cost a copy of every page three times over.
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
        Room(1)[0] = value;
        _length++;
        return this;
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
