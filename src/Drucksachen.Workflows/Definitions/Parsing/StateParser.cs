namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>Parses one state: the parts every kind shares here, the kind's own parts in one method per kind.</summary>
internal static class StateParser
{
    private static readonly string[] Common = ["kind", "label", "onEnter", "timers", "actions"];

    private static readonly Dictionary<string, (IReadOnlySet<string> Keys, Func<Parts, StateDefinition?> Build)> Kinds =
        new(StringComparer.Ordinal)
        {
            ["task"] = (ElementParser.Keys(Common), p => new TaskState { Id = p.Id, Label = p.Label }),
            ["signoff"] = (ElementParser.Keys([.. Common, "participants", "roles", "sign", "return", "next"]), Signoff),
            ["sequence"] = (ElementParser.Keys([.. Common, "items", "roles", "record", "outcomes", "done"]), Sequence),
            ["final"] = (ElementParser.Keys("kind", "label", "onEnter"), p => new FinalState { Id = p.Id, Label = p.Label }),
        };

    public static StateDefinition? Parse(ScalarNode id, Node node, ParseContext context, StateGraph graph)
    {
        var where = $"state '{id.Value}'";
        var kindNode = (node as MappingNode)?.Entries.FirstOrDefault(e => e.Key.Value == "kind").Value as ScalarNode;
        if (kindNode is null)
        {
            context.Error(node is MappingNode ? id : node, node is MappingNode ? $"missing 'kind' in {where}" : $"{where} must be a mapping");
            return null;
        }

        if (!Kinds.TryGetValue(kindNode.Value, out var kind))
        {
            context.Error(kindNode, $"unknown kind '{kindNode.Value}' of {where}; kinds are {string.Join(", ", Kinds.Keys)}");
            return null;
        }

        var map = MapReader.From(node, context, where, kind.Keys)!;
        var names = new ActionNames(id.Value);
        var parts = new Parts(id.Value, map, context, graph, names, map.Text("label") ?? "");
        var actions = map.List("actions").Select(a => ElementParser.Action(a, id.Value, context, graph, names)).OfType<ActionDefinition>().ToList();
        var onEnter = ElementParser.Effects(map, context, "onEnter");
        var timers = ElementParser.Timers(map, id.Value, context, graph);
        return kind.Build(parts) is { } state ? state with { Actions = actions, OnEnter = onEnter, Timers = timers } : null;
    }

    private static StateDefinition? Signoff(Parts p)
    {
        var participants = p.Map.Text("participants");
        var roles = p.Map.Roles();
        var sign = ElementParser.Step(p.Map, "sign", p.Id, p.Context, p.Names);
        var ret = ElementParser.Return(p.Map, p.Id, p.Context, p.Graph, p.Names);
        var next = p.Graph.Target(p.Map.TextNode("next"), p.Id, $"'next' of state '{p.Id}'");
        return participants is null || sign is null || ret is null || next is null
            ? null
            : new SignoffState { Id = p.Id, Label = p.Label, Participants = participants, Roles = roles, Sign = sign, Return = ret, Next = next };
    }

    private static StateDefinition? Sequence(Parts p)
    {
        var items = p.Map.Text("items");
        var roles = p.Map.Roles();
        var record = ElementParser.Step(p.Map, "record", p.Id, p.Context, p.Names);
        var outcomes = ElementParser.Outcomes(p.Map, p.Id, p.Context, p.Graph);
        var done = p.Graph.Target(p.Map.TextNode("done"), p.Id, $"'done' of state '{p.Id}'");
        return items is null || record is null || done is null
            ? null
            : new SequenceState { Id = p.Id, Label = p.Label, Items = items, Roles = roles, Record = record, Outcomes = outcomes, Done = done };
    }

    private sealed record Parts(string Id, MapReader Map, ParseContext Context, StateGraph Graph, ActionNames Names, string Label);
}
