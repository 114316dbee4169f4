using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>The public data at one moment.</summary>
public sealed record PublicData(
    IReadOnlyList<PublicPaper> Papers,
    IReadOnlyList<PublicConsultation> Consultations,
    IReadOnlyList<PublicDocument> Documents,
    IReadOnlyList<CouncilMember> CouncilMembers);
