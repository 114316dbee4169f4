using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

public sealed class VerlaufModel(VisiblePapers papers, IPaperStore store) : PageModel
{
    public Paper Paper { get; private set; } = null!;
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (paper, _) = await papers.FindAsync(id, ct);
        if (paper is null) return NotFound();
        Paper = paper;
        History = await store.HistoryAsync(paper.Id, ct);
        return Page();
    }
}
