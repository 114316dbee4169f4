using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>One entry of a public paper's advisory sequence.</summary>
public sealed record PublicConsultation(
    Guid Id,
    Guid PaperId,
    int Position,
    string Body,
    DateOnly Date,
    bool IsPublic,
    ConsultationRole Role,
    string? Outcome,
    string? Vote);
