using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// The serialisable state of one running workflow, pinned to the definition version it started on.
/// Immutable: the runner returns a new instance with every transition, so a refused action leaves the
/// caller's copy untouched.
/// </summary>
public sealed class WorkflowInstance
{
    private static readonly string[] None = [];

    [JsonConstructor]
    internal WorkflowInstance(
        string definitionName,
        int definitionVersion,
        string state,
        int position,
        IReadOnlyCollection<string> signed,
        IReadOnlyCollection<string> firedTimers,
        bool isFinished,
        RecordedOutcome? lastRecord = null)
    {
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        State = state;
        Position = position;
        Signed = signed;
        FiredTimers = firedTimers;
        IsFinished = isFinished;
        LastRecord = lastRecord;
    }

    public string DefinitionName { get; }

    public int DefinitionVersion { get; }

    public string State { get; }

    /// <summary>Index of the current item while in a sequence state; 0 elsewhere.</summary>
    public int Position { get; }

    /// <summary>Participants who signed in the current signoff round, in signing order.</summary>
    public IReadOnlyCollection<string> Signed { get; }

    /// <summary>Ids of timers that fired; a timer fires once per instance, whichever state lists it.</summary>
    public IReadOnlyCollection<string> FiredTimers { get; }

    public bool IsFinished { get; }

    /// <summary>
    /// The last outcome a sequence recorded, while it may still be corrected: kept through the states
    /// the outcome led to, replaced by the next outcome, dropped by any other action or moving timer.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RecordedOutcome? LastRecord { get; }

    public string ToJson() => JsonSerializer.Serialize(this, WorkflowInstanceJsonContext.Default.WorkflowInstance);

    public static WorkflowInstance FromJson(string json) =>
        JsonSerializer.Deserialize(json, WorkflowInstanceJsonContext.Default.WorkflowInstance)
        ?? throw new JsonException("A workflow instance must be a JSON object, not null.");

    internal static WorkflowInstance Create(string definitionName, int definitionVersion, string state) =>
        new(definitionName, definitionVersion, state, 0, None, None, isFinished: false);

    /// <summary>Entering a state starts a fresh round: no signatures, cursor at the first item.</summary>
    internal WorkflowInstance EnterState(string state, bool isFinal) =>
        new(DefinitionName, DefinitionVersion, state, 0, None, FiredTimers, isFinal, LastRecord);

    /// <summary>Back in a sequence at <paramref name="position"/>, as before the outcome recorded there.</summary>
    internal WorkflowInstance ReturnTo(string state, int position) =>
        new(DefinitionName, DefinitionVersion, state, position, None, FiredTimers, isFinished: false);

    internal WorkflowInstance WithPosition(int position) =>
        new(DefinitionName, DefinitionVersion, State, position, Signed, FiredTimers, IsFinished, LastRecord);

    internal WorkflowInstance WithSigned(string participant) =>
        new(DefinitionName, DefinitionVersion, State, Position, [.. Signed, participant], FiredTimers, IsFinished, LastRecord);

    internal WorkflowInstance WithoutSignatures() =>
        new(DefinitionName, DefinitionVersion, State, Position, None, FiredTimers, IsFinished, LastRecord);

    internal WorkflowInstance WithFiredTimer(string timerId) =>
        new(DefinitionName, DefinitionVersion, State, Position, Signed, [.. FiredTimers, timerId], IsFinished, LastRecord);

    internal WorkflowInstance WithLastRecord(RecordedOutcome? record) =>
        new(DefinitionName, DefinitionVersion, State, Position, Signed, FiredTimers, IsFinished, record);
}
