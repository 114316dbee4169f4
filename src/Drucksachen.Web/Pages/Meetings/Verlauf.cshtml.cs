using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// A meeting's history, oldest first, for whoever may see the meeting: an entry about a non-public
/// item names only its number to those who may not see the non-public part, and only staff see
/// which account acted (<see cref="MeetingHistoryLine"/>).
/// </summary>
public sealed class VerlaufModel(VisibleMeetings meetings, ReadMeetings read) : PageModel
{
    public MeetingView View { get; private set; } = null!;
    public IReadOnlyList<MeetingHistoryLine> Lines { get; private set; } = [];

    /// <summary>Whether the viewer is told who acted (staff), so the page has a column for it.</summary>
    public bool ShowsActors => Lines.Any(l => l.Actor is not null);

    public async Task<IActionResult> OnGetAsync(string nummer, CancellationToken ct)
    {
        var (view, user) = await meetings.FindAsync(nummer, ct);
        if (view is null) return NotFound();
        View = view;
        Lines = await read.HistoryAsync(view.Meeting, user, ct);
        return Page();
    }
}
