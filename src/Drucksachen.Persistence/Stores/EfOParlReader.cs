using System.Security.Cryptography;
using System.Text;
using Drucksachen.Core.Access;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>
/// The public data for OParl, read with the anonymous reader's access rule
/// (<see cref="PaperAccess.VisibleTo"/> with no user), so no other paper can leave through it;
/// of meetings only the public ones and the public editions of their documents.
/// </summary>
public sealed class EfOParlReader(IDbContextFactory<DrucksachenDbContext> contexts) : IOParlReader
{
    public async Task<string> FingerprintAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Every change to a paper increments its version; documents are only added with a change.
        var papers = await db.Papers.GroupBy(p => 1)
            .Select(g => new { Count = g.Count(), Versions = g.Sum(p => (long)p.Version) })
            .FirstOrDefaultAsync(ct);
        var members = await CouncilQuery(db).Select(u => u.Id + "|" + u.ConcurrencyStamp).ToListAsync(ct);
        members.Sort(StringComparer.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";", members))))[..16];
        // Every change to a meeting, its agenda and its documents increments its version.
        var meetings = await db.Meetings.GroupBy(m => 1)
            .Select(g => new { Count = g.Count(), Versions = g.Sum(m => (long)m.Version) })
            .FirstOrDefaultAsync(ct);
        return $"{papers?.Count ?? 0}:{papers?.Versions ?? 0}:{meetings?.Count ?? 0}:{meetings?.Versions ?? 0}:{hash}";
    }

    public async Task<PublicData> ReadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = db.Papers.AsNoTracking().Where(PaperAccess.VisibleTo(null));
        var papers = await visible
            .Select(p => new PublicPaper(p.Id, p.Type, p.Title, p.LeadOffice, p.Date, p.Number, p.State,
                p.CreatedAt, p.ModifiedAt, p.ReleasedAt!.Value))
            .ToListAsync(ct);
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => visible.Any(p => p.Id == c.PaperId))
            .Select(c => new PublicConsultation(c.Id, c.PaperId, c.Position, c.Body, c.Date, c.IsPublic, c.Role, c.Outcome, c.Vote))
            .ToListAsync(ct);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => visible.Any(p => p.Id == d.PaperId))
            .Select(d => new PublicDocument(d.Id, d.PaperId, d.Version, d.FileName, d.Size, d.Sha512, d.IsFinal, d.CreatedAt))
            .ToListAsync(ct);
        var members = await CouncilQuery(db).Select(u => new { u.Id, u.DisplayName, u.Bodies, u.UserName }).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.IsPublic).WithDetails().ToListAsync(ct);
        var meetingDocuments = await PublicMeetingDocuments(db)
            .Select(d => new { d.Id, d.MeetingId, d.Version, d.Kind, d.IsPublic, d.FileName, d.Size, d.Sha512, d.Template, d.CreatedAt })
            .ToListAsync(ct);
        return new PublicData(papers, consultations, documents,
            members.Select(m => new CouncilMember(m.Id, m.DisplayName, m.Bodies, m.UserName!)).ToList(),
            meetings,
            meetingDocuments.Select(d => MeetingDocumentVersion.Describe(d.Id, d.MeetingId, d.Version, d.Kind, d.IsPublic, d.FileName, d.Size,
                d.Sha512, d.Template, d.CreatedAt)).ToList());
    }

    public async Task<byte[]?> DocumentContentAsync(Guid documentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = db.Papers.Where(PaperAccess.VisibleTo(null));
        return await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId && visible.Any(p => p.Id == d.PaperId))
            .Select(d => d.Content)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<byte[]?> MeetingDocumentContentAsync(Guid documentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await PublicMeetingDocuments(db).Where(d => d.Id == documentId).Select(d => d.Content).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<MeetingDocumentVersion> PublicMeetingDocuments(DrucksachenDbContext db) =>
        db.MeetingDocuments.AsNoTracking().Where(d => d.IsPublic && db.Meetings.Any(m => m.Id == d.MeetingId && m.IsPublic));

    private static IQueryable<Accounts.DrucksachenUser> CouncilQuery(DrucksachenDbContext db) =>
        from u in db.Users.AsNoTracking()
        where (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == u.Id && r.Name == UserRoles.Council
               select ur).Any()
        select u;
}
