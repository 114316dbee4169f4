namespace Drucksachen.Workflows.Runtime;

public sealed record OutcomeOption(string Name, string Label);
