using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Tasks;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Pages.Tasks;

/// <summary>Co-signing inbox: papers in co-signing that the user's office still has to sign.</summary>
public sealed class MitzeichnungModel(TaskList tasks, CurrentUser current) : TasksPageModel(tasks, current)
{
    protected override bool Allowed(UserProfile user) => user.Office is not null;

    protected override bool Include(PaperTask task, UserProfile user) => Offers(task, AvailableActionKind.Sign);
}
