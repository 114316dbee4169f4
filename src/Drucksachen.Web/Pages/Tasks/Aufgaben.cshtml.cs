using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Tasks;

namespace Drucksachen.Web.Pages.Tasks;

/// <summary>"Meine Aufgaben": every action the workflow offers the user now.</summary>
public sealed class AufgabenModel(TaskList tasks, CurrentUser current) : TasksPageModel(tasks, current)
{
    protected override bool Include(PaperTask task, UserProfile user) => true;
}
