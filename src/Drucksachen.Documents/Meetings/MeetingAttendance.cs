namespace Drucksachen.Documents.Meetings;

/// <summary>Who attended a meeting, as the minutes print it; names as printed, e.g. "Dr. Anna Beispiel (Vorsitz)".</summary>
/// <param name="Present">Members present (anwesend).</param>
/// <param name="Excused">Members excused (entschuldigt).</param>
/// <param name="Absent">Members absent without excuse (unentschuldigt).</param>
/// <param name="Quorum">The quorum as stated, e.g. "Beschlussfähigkeit: 7 von 9 Mitgliedern anwesend"; null: not printed.</param>
public sealed record MeetingAttendance(
    IReadOnlyList<string> Present,
    IReadOnlyList<string> Excused,
    IReadOnlyList<string> Absent,
    string? Quorum = null);
