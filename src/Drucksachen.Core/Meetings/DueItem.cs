using Drucksachen.Core.Storage;

namespace Drucksachen.Core.Meetings;

/// <summary>A consultation due for a body, as the clerk placing it on a meeting sees it.</summary>
/// <param name="Late">Released after the meeting's notice deadline: only as urgent or table paper.</param>
/// <param name="TableOnly">Released after the deadline for urgent papers: only as table paper.</param>
public sealed record DueItem(DueConsultation Consultation, bool Late, bool TableOnly);
