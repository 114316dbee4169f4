using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Drucksachen.Core.History;

/// <summary>
/// The UTF-8 text that history hashes and state digests are taken of, written straight into a
/// pooled buffer instead of being joined into a string and encoded again: every history entry
/// hashes the paper's whole text. Fields are separated by <see cref="Separator"/>, which is doubled
/// where it occurs in a field, so no two different lists of fields share a text.
/// </summary>
internal ref struct HashedText
{
    public const char Separator = '\u001f';
    private const string DoubledSeparator = "\u001f\u001f";

    private byte[] _buffer;
    private int _length;

    public HashedText()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(1024);
        _length = 0;
    }

    /// <summary>Appends <paramref name="field"/> with the separator doubled.</summary>
    public void Escaped(string field) =>
        Raw(field.Contains(Separator, StringComparison.Ordinal) ? field.Replace(Separator.ToString(), DoubledSeparator, StringComparison.Ordinal) : field);

    /// <summary>Appends <paramref name="text"/> as it is: for fields that cannot hold the separator.</summary>
    public void Raw(scoped ReadOnlySpan<char> text)
    {
        var room = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_buffer.Length - _length < room)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + room));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    /// <summary>Appends a number in invariant digits.</summary>
    public void Number(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        Raw(digits[..written]);
    }

    public void Separate() => Raw([Separator]);

    /// <summary>The SHA-256 of the text so far in lower-case hex, of its first <paramref name="bytes"/> bytes.</summary>
    public readonly string Sha256Hex(int bytes = SHA256.HashSizeInBytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        return Convert.ToHexStringLower(hash[..bytes]);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
