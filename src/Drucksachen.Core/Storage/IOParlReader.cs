using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>
/// Read-only access to the public data an OParl interface publishes: released public papers
/// (<see cref="Access.PaperAccess.VisibleTo"/> for anonymous readers), their consultations and
/// stored PDF versions, the council members, and public meetings with the public editions of their
/// documents. Nothing else leaves through it.
/// </summary>
public interface IOParlReader
{
    /// <summary>Changes whenever anything that <see cref="ReadAsync"/> returns may have changed.</summary>
    Task<string> FingerprintAsync(CancellationToken ct);

    /// <summary>Every paper anonymous readers may see, with its consultations and document versions (without content).</summary>
    Task<PublicData> ReadAsync(CancellationToken ct);

    /// <summary>The content of a document version, if its paper is visible to anonymous readers.</summary>
    Task<byte[]?> DocumentContentAsync(Guid documentId, CancellationToken ct);

    /// <summary>The content of a meeting document, if it is a public edition of a public meeting.</summary>
    Task<byte[]?> MeetingDocumentContentAsync(Guid documentId, CancellationToken ct);
}
