namespace Drucksachen.Core.Storage;

/// <summary>A released paper whose consultation by a body is due and not yet on an agenda.</summary>
public sealed record DueConsultation(Guid PaperId, string Reference, string Title, string Type, bool PaperIsPublic, DateTimeOffset ReleasedAt,
    Guid ConsultationId, DateOnly Date, bool IsPublic, Papers.ConsultationRole Role, Papers.ConsultationOrigin Origin);
