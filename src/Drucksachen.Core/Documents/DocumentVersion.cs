namespace Drucksachen.Core.Documents;

/// <summary>
/// One rendering of a paper, stored for good: numbered per paper (v1, v2, ...), never changed.
/// </summary>
public sealed class DocumentVersion
{
    private DocumentVersion() { }

    public DocumentVersion(Guid paperId, int version, string fileName, byte[] content, string sha512, bool isFinal,
        string template, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        PaperId = paperId;
        Version = version;
        FileName = fileName;
        Content = content;
        Size = content.LongLength;
        Sha512 = sha512;
        IsFinal = isFinal;
        Template = template;
        CreatedAt = createdAt;
    }

    /// <summary>A version's description without its content, for listings.</summary>
    public static DocumentVersion Describe(Guid id, Guid paperId, int version, string fileName, long size, string sha512,
        bool isFinal, string template, DateTimeOffset createdAt) =>
        new()
        {
            Id = id, PaperId = paperId, Version = version, FileName = fileName, Size = size, Sha512 = sha512,
            IsFinal = isFinal, Template = template, CreatedAt = createdAt,
        };

    public Guid Id { get; private set; }
    public Guid PaperId { get; private set; }
    public int Version { get; private set; }

    /// <summary>e.g. "Drucksache-1803-22-v2.pdf".</summary>
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-512 of <see cref="Content"/>.</summary>
    public string Sha512 { get; private set; } = "";

    /// <summary>The version rendered once the advisory sequence ended, with all outcomes.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>Template name and version it was rendered with.</summary>
    public string Template { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public byte[] Content { get; private set; } = [];
}
