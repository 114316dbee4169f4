using System.Buffers.Binary;

namespace Drucksachen.Documents.Layout;

/// <summary>Reads the pixel size of a PNG or JPEG from its header, so layout can size images without a graphics library.</summary>
internal static class ImageProbe
{
    public static (int Width, int Height)? TryReadSize(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var header = new byte[Math.Min(file.Length, 64 * 1024)];
            file.ReadExactly(header);
            return header is [0x89, 0x50, 0x4E, 0x47, ..] && header.Length >= 24
                ? (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)))
                : header is [0xFF, 0xD8, ..] ? JpegSize(header) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (int, int)? JpegSize(byte[] data)
    {
        var i = 2;
        while (i + 9 < data.Length && data[i] == 0xFF)
        {
            var marker = data[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
            // Start-of-frame markers carry the size; C4 (DHT), C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 5)));
            i += 2 + length;
        }
        return null;
    }
}
