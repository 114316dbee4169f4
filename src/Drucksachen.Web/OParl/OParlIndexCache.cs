using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

/// <summary>
/// Keeps the current <see cref="OParlIndex"/>. Every request asks the store for a cheap
/// fingerprint of the public data (number and versions of papers and meetings, council accounts) and the index
/// is built anew when it changed, so an edit shows at once and a crawl of thousands of objects
/// reads the database once.
/// </summary>
public sealed class OParlIndexCache(IOParlReader reader, MeetingViews meetings, City city, OParlOptions options)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private (string Fingerprint, OParlIndex Index)? _current;
    private long _checkedAt = long.MinValue;

    public async Task<OParlIndex> GetAsync(CancellationToken ct)
    {
        // Within the freshness window the last check stands: a crawl does not ask the database per object.
        if (_current is { } recent && Environment.TickCount64 - Volatile.Read(ref _checkedAt) < options.FreshnessMilliseconds)
            return recent.Index;
        var fingerprint = await reader.FingerprintAsync(ct);
        Volatile.Write(ref _checkedAt, Environment.TickCount64);
        if (_current is { } current && current.Fingerprint == fingerprint) return current.Index;
        await _building.WaitAsync(ct);
        try
        {
            if (_current is { } built && built.Fingerprint == fingerprint) return built.Index;
            // Read first, then fingerprint again: a change during the read makes the next request rebuild.
            var data = await reader.ReadAsync(ct);
            var agendas = await meetings.PublicAgendasAsync(data.Meetings, ct);
            var index = OParlIndex.Build(data, agendas, city, options);
            _current = (fingerprint, index);
            return index;
        }
        finally
        {
            _building.Release();
        }
    }
}
