using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Tasks;

/// <summary>
/// The papers on which the workflow offers a user something to do now, each with those actions:
/// the base of "Meine Aufgaben", the co-signing inbox and the release queue.
/// </summary>
public sealed class TaskList(IPaperStore store, ReadPapers read)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<PaperTask>> ForAsync(UserProfile user, CancellationToken ct)
    {
        var states = user.Has(UserRoles.Approver) || user.Has(UserRoles.Admin) ? new[] { "release" } : [];
        var released = user.Has(UserRoles.Clerk) || user.Has(UserRoles.Admin);
        var papers = await store.OpenWorkAsync(user, states, released, Limit, ct);
        var tasks = new List<PaperTask>();
        foreach (var paper in papers)
        {
            var actions = await read.ActionsForAsync(paper, user, ct);
            if (actions.Count > 0) tasks.Add(new PaperTask(paper, actions));
        }
        return tasks;
    }
}

/// <summary>A paper and what the user may do with it now.</summary>
public sealed record PaperTask(Paper Paper, IReadOnlyList<AvailableAction> Actions)
{
    public PaperActionsView View(string returnUrl) =>
        new(Paper.Id, Paper.Version, Actions, returnUrl, Paper.Consultations.FirstOrDefault(c => !c.IsRecorded)?.Date);
}
