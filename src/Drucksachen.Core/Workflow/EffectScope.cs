using System.Text.Json.Nodes;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Workflow;

/// <summary>What an effect works on: the paper inside the open write, and the details of the history entry being written.</summary>
public sealed record EffectScope(IPaperSession Session, Paper Paper, EffectCall Call, DateTimeOffset Now, JsonObject Details);
