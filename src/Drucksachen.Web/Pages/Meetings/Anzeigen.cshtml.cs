using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// One meeting as the viewer may see it: day, time, place and state, the agenda in its public and
/// non-public part (the latter by numbers only for those who may not see it) with the papers and
/// their PDFs, outcomes once recorded, and the meeting's documents and packets.
/// </summary>
public sealed class AnzeigenModel(VisibleMeetings meetings, ReadMeetings read, IPaperReads papers) : PageModel
{
    public MeetingView View { get; private set; } = null!;
    public UserProfile? Viewer { get; private set; }
    public IReadOnlyList<MeetingDocumentVersion> Documents { get; private set; } = [];

    /// <summary>The newest PDF version of each paper shown on the agenda.</summary>
    public IReadOnlyDictionary<Guid, int> PaperPdfs { get; private set; } = new Dictionary<Guid, int>();

    [TempData] public string? Message { get; set; }

    public Meeting Meeting => View.Meeting;
    public bool IsClerk => VisibleMeetings.IsClerk(Viewer);

    public async Task<IActionResult> OnGetAsync(string nummer, CancellationToken ct)
    {
        var (view, user) = await meetings.FindAsync(nummer, ct);
        if (view is null) return NotFound();
        (View, Viewer) = (view, user);
        Documents = await read.DocumentsAsync(view.Meeting, user, ct);
        var pdfs = new Dictionary<Guid, int>();
        foreach (var id in view.Agenda.Where(e => e is { Hidden: false, PaperId: not null }).Select(e => e.PaperId!.Value).Distinct())
            if ((await papers.DocumentsAsync(id, ct)).MaxBy(d => d.Version) is { } newest) pdfs[id] = newest.Version;
        PaperPdfs = pdfs;
        return Page();
    }
}
