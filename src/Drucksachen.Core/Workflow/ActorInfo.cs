namespace Drucksachen.Core.Workflow;

/// <summary>Who a history entry names: the user (or "system" for timers) and the role they acted in.</summary>
public sealed record ActorInfo(string Id, string Role)
{
    public static ActorInfo System { get; } = new("system", "system");
}
