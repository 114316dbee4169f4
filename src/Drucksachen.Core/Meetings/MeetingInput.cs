namespace Drucksachen.Core.Meetings;

/// <summary>A new meeting as a clerk asks for it, unparsed.</summary>
/// <param name="Body">Key or name of the body.</param>
/// <param name="Date">Day, "2026-11-03" or "03.11.2026".</param>
/// <param name="Start">"17:00"; default: the body's usual start.</param>
/// <param name="End">Planned end, if known.</param>
/// <param name="Location">One of the configured places or free text; default: the body's usual place.</param>
public sealed record MeetingInput(string Body, string Date, string User, string? Start = null, string? End = null, string? Location = null);
