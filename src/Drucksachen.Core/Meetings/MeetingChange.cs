namespace Drucksachen.Core.Meetings;

/// <summary>A new day, time or place for a meeting as a clerk asks for it, unparsed; what is null or blank stays as it is.</summary>
/// <param name="Date">Day, "2026-11-10" or "10.11.2026".</param>
/// <param name="Start">"17:00".</param>
/// <param name="End">Planned end, "19:00".</param>
/// <param name="Location">One of the configured places or free text.</param>
public sealed record MeetingChange(string? Date = null, string? Start = null, string? End = null, string? Location = null);
