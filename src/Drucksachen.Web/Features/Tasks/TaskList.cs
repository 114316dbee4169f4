using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Tasks;

/// <summary>
/// The papers on which the workflow offers a user something to do now, each with those actions:
/// the base of "Meine Aufgaben", the co-signing inbox and the release queue. Actions that end the
/// workflow (a withdrawal) are open to the user all along, not tasks, so they are left out here.
/// </summary>
public sealed class TaskList(IPaperReads store, ReadPapers read)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<PaperTask>> ForAsync(UserProfile user, CancellationToken ct)
    {
        var states = await read.StatesActedInByAsync(user, ct);
        var released = user.Has(UserRoles.Clerk) || user.Has(UserRoles.Admin);
        var papers = await store.OpenWorkAsync(user, states, released, Limit, ct);
        var tasks = new List<PaperTask>();
        foreach (var paper in papers)
        {
            // A correction is offered on the paper's page but waits for nobody, so it is no task.
            var actions = (await read.ActionsForAsync(paper, user, ct)).Where(a => !a.EndsWorkflow && a.Kind != AvailableActionKind.Correct).ToList();
            if (actions.Count > 0)
                tasks.Add(new PaperTask(paper, actions, read.DeadlinesFor(paper), await read.ReasonAsync(paper, ct)));
        }
        return tasks;
    }
}
