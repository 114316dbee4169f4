using System.Text.Json.Serialization;

namespace Drucksachen.Workflows.Runtime;

// Source-generated so persisting an instance costs no reflection on the hot path.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkflowInstance))]
internal sealed partial class WorkflowInstanceJsonContext : JsonSerializerContext;
