using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>
/// Read-only access to the public data an OParl interface publishes: released public papers
/// (<see cref="Access.PaperAccess.VisibleTo"/> for anonymous readers), their consultations and
/// stored PDF versions, and the council members. Nothing else leaves through it.
/// </summary>
public interface IOParlReader
{
    /// <summary>Changes whenever anything that <see cref="ReadAsync"/> returns may have changed.</summary>
    Task<string> FingerprintAsync(CancellationToken ct);

    /// <summary>Every paper anonymous readers may see, with its consultations and document versions (without content).</summary>
    Task<PublicData> ReadAsync(CancellationToken ct);

    /// <summary>The content of a document version, if its paper is visible to anonymous readers.</summary>
    Task<byte[]?> DocumentContentAsync(Guid documentId, CancellationToken ct);
}

/// <summary>The public data at one moment.</summary>
public sealed record PublicData(
    IReadOnlyList<PublicPaper> Papers,
    IReadOnlyList<PublicConsultation> Consultations,
    IReadOnlyList<PublicDocument> Documents,
    IReadOnlyList<CouncilMember> CouncilMembers);

/// <summary>A released public paper as far as its public PDF shows it.</summary>
public sealed record PublicPaper(
    Guid Id,
    string Type,
    string Title,
    string LeadOffice,
    DateOnly Date,
    string? Number,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt,
    DateTimeOffset ReleasedAt);

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

/// <summary>A stored PDF version of a public paper, without its content.</summary>
public sealed record PublicDocument(
    Guid Id,
    Guid PaperId,
    int Version,
    string FileName,
    long Size,
    string Sha512,
    bool IsFinal,
    DateTimeOffset CreatedAt);

/// <summary>A council member: public as a holder of office; only the name and the bodies.</summary>
/// <param name="Key">The account's internal, stable key (not the login name).</param>
public sealed record CouncilMember(string Key, string Name, IReadOnlyList<string> Bodies);
