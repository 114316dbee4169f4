namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// Who acts. <see cref="Roles"/> are matched against an action's allowed roles; <see cref="Groups"/>
/// against signoff participants (an office may only sign for itself).
/// </summary>
public sealed record Actor(string Id, IReadOnlySet<string> Roles, IReadOnlySet<string> Groups);
