using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>The public data at one moment.</summary>
/// <param name="Meetings">The public meetings with their agendas and attendance; what of the agendas may be shown decides <see cref="MeetingViews"/>.</param>
/// <param name="MeetingDocuments">The public editions of those meetings' documents, without content.</param>
public sealed record PublicData(
    IReadOnlyList<PublicPaper> Papers,
    IReadOnlyList<PublicConsultation> Consultations,
    IReadOnlyList<PublicDocument> Documents,
    IReadOnlyList<CouncilMember> CouncilMembers,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<MeetingDocumentVersion> MeetingDocuments);
