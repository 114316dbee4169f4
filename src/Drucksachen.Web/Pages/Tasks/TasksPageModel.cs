using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Tasks;
using Drucksachen.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Tasks;

/// <summary>Base of the task pages: the signed-in user's tasks, narrowed by <see cref="Include"/>.</summary>
[Authorize]
public abstract class TasksPageModel(TaskList tasks, CurrentUser current) : PageModel
{
    public IReadOnlyList<PaperTask> Tasks { get; private set; } = [];
    public UserProfile Viewer { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    protected abstract bool Include(PaperTask task, UserProfile user);

    /// <summary>Whether the user's roles let them use this page at all (otherwise 404).</summary>
    protected virtual bool Allowed(UserProfile user) => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !Allowed(user)) return NotFound();
        Viewer = user;
        Tasks = (await tasks.ForAsync(user, ct)).Where(t => Include(t, user)).ToList();
        return Page();
    }

    protected static bool Offers(PaperTask task, params AvailableActionKind[] kinds) => task.Actions.Any(a => kinds.Contains(a.Kind));
}
