namespace Drucksachen.Core.History;

/// <summary>One step of a paper's public course, as the public may read it.</summary>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Text">What happened, in German, e.g. "Jugendhilfeausschuss, Sitzung am 07.02.2030: beschlossen; Abstimmung: einstimmig".</param>
public sealed record PublicHistoryEntry(DateTimeOffset At, string Text);
