using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Tasks;

namespace Drucksachen.Web.Pages.Tasks;

/// <summary>Release queue: papers waiting for release, for approvers.</summary>
public sealed class FreigabeModel(TaskList tasks, CurrentUser current) : TasksPageModel(tasks, current)
{
    protected override bool Allowed(UserProfile user) => user.Has(UserRoles.Approver) || user.Has(UserRoles.Admin);

    // What the workflow lets approvers do, whatever the paper type calls its release.
    protected override bool Include(PaperTask task, UserProfile user) => task.Actions.Any(a => a.Roles.Contains(UserRoles.Approver));
}
