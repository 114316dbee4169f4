using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Drucksachen.Persistence.PostgreSql.Configurations;

/// <summary>
/// Instants go to timestamptz as UTC (Npgsql writes only offset 0 there) and come back as UTC,
/// as they do from SQLite's text.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
