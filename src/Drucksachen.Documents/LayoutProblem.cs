namespace Drucksachen.Documents;

/// <summary>Something in the input the layout could only render by working around it.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">German-free, clerk-readable explanation naming the offending text or file.</param>
public sealed record LayoutProblem(LayoutProblemKind Kind, string Message);
