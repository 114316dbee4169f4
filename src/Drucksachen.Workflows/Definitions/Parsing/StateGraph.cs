namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>The state ids of a file and the edges between them, for target and reachability checks.</summary>
internal sealed class StateGraph(IReadOnlyDictionary<string, ScalarNode> ids, ParseContext context)
{
    private readonly Dictionary<string, List<string>> edges = new(StringComparer.Ordinal);

    public bool Contains(string id) => ids.ContainsKey(id);

    /// <summary>The target state named by <paramref name="node"/>, or null (reported) if it does not exist.</summary>
    public string? Target(ScalarNode? node, string from, string where)
    {
        if (node is null)
        {
            return null;
        }

        if (!ids.ContainsKey(node.Value))
        {
            context.Error(node, $"unknown target state '{node.Value}' in {where}");
            return null;
        }

        if (!edges.TryGetValue(from, out var targets))
        {
            edges[from] = targets = [];
        }

        targets.Add(node.Value);
        return node.Value;
    }

    public void ReportUnreachable(string start)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var state))
        {
            foreach (var target in edges.GetValueOrDefault(state) ?? [])
            {
                if (reached.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        foreach (var (id, key) in ids)
        {
            if (!reached.Contains(id))
            {
                context.Error(key, $"unreachable state '{id}': nothing leads to it from start state '{start}'");
            }
        }
    }
}
