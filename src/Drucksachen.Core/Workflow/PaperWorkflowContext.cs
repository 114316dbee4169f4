using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Workflow;

/// <summary>The names under which a paper's data is handed to the workflow definitions in workflows/.</summary>
public static class PaperWorkflowContext
{
    public const string Cosigners = "cosigners";
    public const string Consultations = "consultations";
    public const string RegularDeadline = "deadline.regular";
    public const string UrgentDeadline = "deadline.urgent";

    public static WorkflowContext For(Paper paper, ReleaseDeadlines? deadlines)
    {
        var dates = new Dictionary<string, DateTimeOffset>(2);
        if (deadlines is not null)
        {
            dates[RegularDeadline] = deadlines.Regular;
            if (deadlines.Urgent is { } urgent) dates[UrgentDeadline] = urgent;
        }
        return new WorkflowContext(
            new Dictionary<string, IReadOnlyList<string>>(2)
            {
                [Cosigners] = paper.Cosigners,
                [Consultations] = paper.Consultations.Select(c => c.Id.ToString("N")).ToArray(),
            },
            dates);
    }
}
