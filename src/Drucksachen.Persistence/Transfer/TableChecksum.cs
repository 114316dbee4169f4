using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// Counts a table's rows and hashes them: each row's values (as the model holds them, so that text,
/// integer and native types of different databases hash alike) into a SHA-256 of the row, and the
/// sorted row hashes into one. Sorting in memory, not in SQL, keeps the result free of the
/// databases' collations.
/// </summary>
internal sealed class TableChecksum : IDisposable
{
    private readonly List<byte[]> _rows = [];
    private readonly IncrementalHash _row = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Rows => _rows.Count;

    public void AddRow(IReadOnlyList<object?> values)
    {
        foreach (var value in values) Append(Canonical(value));
        _rows.Add(_row.GetHashAndReset());
    }

    public string Finish()
    {
        _rows.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        using var table = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in _rows) table.AppendData(row);
        return Convert.ToHexStringLower(table.GetHashAndReset());
    }

    public void Dispose() => _row.Dispose();

    // Each value with its length before it, so that no two rows run together alike; null apart from empty.
    private void Append(byte[]? bytes)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, bytes?.Length ?? -1);
        _row.AppendData(length);
        if (bytes is not null) _row.AppendData(bytes);
    }

    private static byte[]? Canonical(object? value) => value switch
    {
        null => null,
        byte[] bytes => bytes,
        string text => Encoding.UTF8.GetBytes(text),
        DateTimeOffset instant => Encoding.UTF8.GetBytes(instant.UtcTicks.ToString(CultureInfo.InvariantCulture)),
        IFormattable formattable => Encoding.UTF8.GetBytes(formattable.ToString(null, CultureInfo.InvariantCulture)),
        IEnumerable collection => JsonSerializer.SerializeToUtf8Bytes(collection, collection.GetType()),
        _ => Encoding.UTF8.GetBytes(value.ToString() ?? ""),
    };
}
