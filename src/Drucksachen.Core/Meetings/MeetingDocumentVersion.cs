namespace Drucksachen.Core.Meetings;

/// <summary>
/// One document of a meeting, stored for good: the invitation, each supplementary agenda and the
/// minutes, each in a public version and a members' version, numbered per meeting (v1, v2, ...).
/// </summary>
public sealed class MeetingDocumentVersion
{
    private MeetingDocumentVersion() { }

    public MeetingDocumentVersion(Guid meetingId, int version, string kind, bool isPublic, string fileName, byte[] content, string sha512,
        string template, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        Version = version;
        Kind = kind;
        IsPublic = isPublic;
        FileName = fileName;
        Content = content;
        Size = content.LongLength;
        Sha512 = sha512;
        Template = template;
        CreatedAt = createdAt;
    }

    /// <summary>A version's description without its content, for listings.</summary>
    public static MeetingDocumentVersion Describe(Guid id, Guid meetingId, int version, string kind, bool isPublic, string fileName, long size,
        string sha512, string template, DateTimeOffset createdAt) =>
        new()
        {
            Id = id, MeetingId = meetingId, Version = version, Kind = kind, IsPublic = isPublic, FileName = fileName, Size = size,
            Sha512 = sha512, Template = template, CreatedAt = createdAt,
        };

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Version { get; private set; }

    /// <summary>See <see cref="MeetingDocumentKinds"/>.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The public version (non-public items only by number) or the members' version.</summary>
    public bool IsPublic { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha512 { get; private set; } = "";
    public string Template { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public byte[] Content { get; private set; } = [];
}
