using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Reading;

/// <summary>A paper with what can be done with it now and the deadlines it runs against.</summary>
public sealed record PaperView(Paper Paper, string StateLabel, IReadOnlyList<AvailableAction> Actions, ReleaseDeadlines? Deadlines);
