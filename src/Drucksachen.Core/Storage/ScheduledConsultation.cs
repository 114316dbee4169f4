using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>The consultation a running paper's advisory sequence is at: the next one a clerk records.</summary>
public sealed record ScheduledConsultation(PaperSummary Paper, Guid ConsultationId, string Body, DateOnly Date, bool IsPublic, ConsultationRole Role);
