using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Tests.Support;

internal static class Contexts
{
    public static WorkflowContext With(
        IReadOnlyList<string>? cosigners = null,
        IReadOnlyList<string>? consultations = null,
        IReadOnlyDictionary<string, DateTimeOffset>? dates = null) =>
        new(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["cosigners"] = cosigners ?? [],
                ["consultations"] = consultations ?? [],
            },
            dates ?? new Dictionary<string, DateTimeOffset>());
}
