using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

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
