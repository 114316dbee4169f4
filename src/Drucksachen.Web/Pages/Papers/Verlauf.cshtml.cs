using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

public sealed class VerlaufModel(VisiblePapers papers, IPaperReads store, ReadPapers read, PublicHistory course) : PageModel
{
    public Paper Paper { get; private set; } = null!;
    public PaperHistoryView History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (paper, user) = await papers.FindAsync(id, ct);
        if (paper is null) return NotFound();
        Paper = paper;
        History = await PaperHistoryView.LoadAsync(store, read, course, paper, user, ct);
        return Page();
    }
}
