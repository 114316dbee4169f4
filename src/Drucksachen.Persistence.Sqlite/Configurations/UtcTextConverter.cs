using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Drucksachen.Persistence.Sqlite.Configurations;

/// <summary>
/// Writes instants as fixed-width UTC ISO 8601 text ("2022-10-20T08:00:00.0000000Z"), which sorts
/// and compares correctly as text and reads well in the database file.
/// </summary>
public sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
    v => v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
    v => new DateTimeOffset(DateTime.Parse(v, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero));
