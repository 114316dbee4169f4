using System.Globalization;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

/// <summary>A stored PDF: a version of a public paper, or the public edition of a meeting's document.</summary>
public sealed class FileEntry : IOParlEntry
{
    private FileEntry(Guid id, string name, string fileName, long size, string sha512, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        FileName = fileName;
        Size = size;
        Sha512 = sha512;
        CreatedAt = createdAt;
        Created = OParlIndex.Seconds(createdAt);
    }

    public static FileEntry OfPaper(PublicDocument d, PaperEntry paper) =>
        new(d.Id, $"Drucksache {paper.Paper.Number ?? paper.Paper.Title}, Fassung {Number(d.Version)}{(d.IsFinal ? " (endgültig)" : "")}",
            d.FileName, d.Size, d.Sha512, d.CreatedAt) { Paper = paper };

    public static FileEntry OfMeeting(MeetingDocumentVersion d, MeetingEntry meeting) =>
        new(d.Id, $"{MeetingDocumentKinds.Label(d.Kind)}, Sitzung {meeting.Meeting.Number}, Fassung {Number(d.Version)}",
            d.FileName, d.Size, d.Sha512, d.CreatedAt) { Meeting = meeting, Kind = d.Kind };

    public Guid Id { get; }
    public string Name { get; }
    public string FileName { get; }
    public long Size { get; }
    public string Sha512 { get; }
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The paper whose version it is, or null for a meeting's document.</summary>
    public PaperEntry? Paper { get; private init; }

    /// <summary>The meeting whose document it is, or null for a paper's version.</summary>
    public MeetingEntry? Meeting { get; private init; }

    /// <summary>A meeting document's <see cref="MeetingDocumentKinds"/>.</summary>
    public string? Kind { get; private init; }

    public DateTimeOffset Created { get; }

    /// <summary>A stored version never changes; it is deleted when its paper is withdrawn.</summary>
    public DateTimeOffset Modified => Deleted ? OParlIndex.Max(Created, Paper!.Modified) : Created;
    public bool Deleted => Paper?.Deleted ?? false;

    private static string Number(int version) => version.ToString(CultureInfo.InvariantCulture);
}
