using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Tasks;

/// <summary>
/// A paper and what the user may do with it now, with what they need to decide: the release
/// deadlines it runs against and the reason it was last sent back.
/// </summary>
public sealed record PaperTask(Paper Paper, IReadOnlyList<AvailableAction> Actions, ReleaseDeadlines? Deadlines, GivenReason? Reason)
{
    public PaperActionsView View(string returnUrl) =>
        new(Paper.Id, Paper.Version, Actions, returnUrl, Paper.Consultations.FirstOrDefault(c => !c.IsRecorded)?.Date);
}
