namespace Drucksachen.Core.History;

/// <summary>The SHA-256 chain over history entries.</summary>
public static class HistoryHasher
{
    /// <summary>The hash before a paper's first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Hashes every field of the entry and the previous entry's hash. Fields are separated by a
    /// character that cannot occur in them unescaped, so no two different entries share an input.
    /// The state commitment comes last and only where there is one, so entries written before
    /// there were commitments keep their hashes.
    /// </summary>
    public static string Hash(HistoryEntry e) =>
        Hash(e.PaperId, e.Sequence, e.At, e.Actor, e.Role, e.Action, e.FromState, e.ToState, e.Details, e.PreviousHash, e.StateHash);

    /// <summary>The same chain over the entries of anything else with a history (a meeting's).</summary>
    public static string Hash(Guid subject, int sequence, DateTimeOffset at, string actor, string role, string action,
        string? fromState, string toState, string details, string previousHash, string? stateHash)
    {
        using var text = new HashedText();
        Span<char> id = stackalloc char[32];
        subject.TryFormat(id, out _, "N");
        text.Raw(id);
        text.Separate();
        text.Number(sequence);
        text.Separate();
        text.Number(at.UtcTicks);
        foreach (var field in (ReadOnlySpan<string>)[actor, role, action, fromState ?? "\u0000", toState, details])
        {
            text.Separate();
            text.Escaped(field);
        }
        text.Separate();
        text.Raw(previousHash);
        if (stateHash is { } state)
        {
            text.Separate();
            text.Escaped(state);
        }
        return text.Sha256Hex();
    }
}
