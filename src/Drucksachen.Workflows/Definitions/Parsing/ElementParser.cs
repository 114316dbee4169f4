using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>Parses the parts states are made of: actions, effects, timers, outcomes.</summary>
internal static class ElementParser
{
    private static readonly IReadOnlySet<string> ActionKeys = Keys("name", "label", "roles", "to", "reason", "effects");
    private static readonly IReadOnlySet<string> StepKeys = Keys("name", "label", "effects");
    private static readonly IReadOnlySet<string> ReturnKeys = Keys("name", "label", "to", "reason", "effects");
    private static readonly IReadOnlySet<string> TimerKeys = Keys("id", "at", "label", "effects", "to");
    private static readonly IReadOnlySet<string> OutcomeKeys = Keys("move", "to", "label", "effects");
    private static readonly IReadOnlySet<string> EffectKeys = Keys("name", "args");

    private static readonly Dictionary<string, SequenceMove> Moves = new(StringComparer.Ordinal)
    {
        ["next"] = SequenceMove.Next,
        ["repeat"] = SequenceMove.Repeat,
        ["insert"] = SequenceMove.Insert,
        ["end"] = SequenceMove.End,
    };

    public static IReadOnlySet<string> Keys(params string[] keys) => keys.ToHashSet(StringComparer.Ordinal);

    public static ActionDefinition? Action(Node node, string state, ParseContext context, StateGraph graph, ActionNames names)
    {
        var name = names.Claim(node, context);
        var where = $"action '{name ?? "?"}' of state '{state}'";
        var map = MapReader.From(node, context, where, ActionKeys);
        if (map is null || name is null)
        {
            return null;
        }

        var label = map.Text("label");
        var roles = map.Roles();
        var to = graph.Target(map.TextNode("to"), state, where);
        var effects = Effects(map, context);
        var reason = map.Flag("reason");
        return label is null || to is null ? null : new ActionDefinition(name, label, roles, to, effects, reason);
    }

    public static StepAction? Step(MapReader parent, string key, string state, ParseContext context, ActionNames names)
    {
        var node = parent.Required(key);
        var name = node is null ? null : names.Claim(node, context);
        var map = MapReader.From(node, context, $"'{key}' of state '{state}'", StepKeys);
        var label = map?.Text("label");
        return map is null || name is null || label is null ? null : new StepAction(name, label, Effects(map, context));
    }

    public static ReturnAction? Return(MapReader parent, string state, ParseContext context, StateGraph graph, ActionNames names)
    {
        var node = parent.Required("return");
        var name = node is null ? null : names.Claim(node, context);
        var where = $"action '{name ?? "return"}' of state '{state}'";
        var map = MapReader.From(node, context, where, ReturnKeys);
        if (map is null || name is null)
        {
            return null;
        }

        var label = map.Text("label");
        var to = graph.Target(map.TextNode("to"), state, where);
        var reason = map.Flag("reason");
        return label is null || to is null ? null : new ReturnAction(name, label, to, Effects(map, context), reason);
    }

    public static IReadOnlyList<OutcomeDefinition> Outcomes(MapReader parent, string state, ParseContext context, StateGraph graph)
    {
        if (parent.Required("outcomes") is not { } node)
        {
            return [];
        }

        if (node is not MappingNode { Entries.Count: > 0 } mapping)
        {
            context.Error(node, $"'outcomes' of state '{state}' must be a non-empty mapping of outcome names");
            return [];
        }

        var outcomes = new List<OutcomeDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (!seen.Add(key.Value))
            {
                context.Error(key, $"duplicate outcome '{key.Value}' in state '{state}'");
            }
            else if (Outcome(key.Value, value, state, context, graph) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    public static IReadOnlyList<TimerDefinition> Timers(MapReader state, string stateId, ParseContext context, StateGraph graph)
    {
        var timers = new List<TimerDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in state.List("timers"))
        {
            var map = MapReader.From(node, context, $"a timer of state '{stateId}'", TimerKeys);
            var id = map?.TextNode("id");
            if (map is null || id is null)
            {
                continue;
            }

            var where = $"timer '{id.Value}' of state '{stateId}'";
            if (!seen.Add(id.Value))
            {
                context.Error(id, $"duplicate {where}");
            }

            var at = map.Text("at");
            var label = map.Text("label");
            var effects = Effects(map, context);
            var to = map.TextNode("to", required: false) is { } target ? graph.Target(target, stateId, where) : null;
            if (at is not null && label is not null)
            {
                timers.Add(new TimerDefinition(id.Value, at, label, effects, to));
            }
        }

        return timers;
    }

    /// <summary>Effects under <c>key</c>: names, or <c>{name, args}</c> mappings; each must be bound by the host.</summary>
    public static IReadOnlyList<EffectCall> Effects(MapReader parent, ParseContext context, string key = "effects")
    {
        var effects = new List<EffectCall>();
        foreach (var node in parent.List(key))
        {
            if (Effect(node, parent.Where, context) is { } effect)
            {
                effects.Add(effect);
            }
        }

        return effects;
    }

    private static OutcomeDefinition? Outcome(string name, Node node, string state, ParseContext context, StateGraph graph)
    {
        var where = $"outcome '{name}' of state '{state}'";
        var map = MapReader.From(node, context, where, OutcomeKeys);
        if (map is null)
        {
            return null;
        }

        var label = map.Text("label");
        var moveNode = map.TextNode("move");
        SequenceMove? move = null;
        if (moveNode is not null)
        {
            if (Moves.TryGetValue(moveNode.Value, out var known))
            {
                move = known;
            }
            else
            {
                context.Error(moveNode, $"bad move '{moveNode.Value}' in {where}; moves are next, repeat, insert, end");
            }
        }

        var toNode = map.TextNode("to", required: false);
        string? to = null;
        if (move == SequenceMove.End && toNode is null)
        {
            context.Error(map.Node, $"{where} moves 'end' but has no 'to'");
        }
        else if (move is not null and not SequenceMove.End && toNode is not null)
        {
            context.Error(toNode, $"{where} has 'to', but only move 'end' takes one");
        }
        else
        {
            to = graph.Target(toNode, state, where);
        }

        var effects = Effects(map, context);
        var complete = label is not null && move is not null && (move != SequenceMove.End || to is not null);
        return complete ? new OutcomeDefinition(name, label!, move!.Value, to, effects) : null;
    }

    private static EffectCall? Effect(Node node, string where, ParseContext context)
    {
        var (nameNode, args) = node switch
        {
            ScalarNode scalar => (scalar, new Dictionary<string, string>()),
            _ => EffectWithArgs(node, where, context),
        };
        if (nameNode is null)
        {
            return null;
        }

        if (!context.BoundEffects.Contains(nameNode.Value))
        {
            var bound = context.BoundEffects.Count == 0 ? "none" : string.Join(", ", context.BoundEffects.Order(StringComparer.Ordinal));
            context.Error(nameNode, $"unknown effect '{nameNode.Value}' in {where}; bound effects are {bound}");
            return null;
        }

        return new EffectCall(nameNode.Value, args);
    }

    private static (ScalarNode? Name, Dictionary<string, string> Args) EffectWithArgs(Node node, string where, ParseContext context)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = MapReader.From(node, context, $"an effect in {where}", EffectKeys);
        if (map is null)
        {
            return (null, args);
        }

        switch (map.Optional("args"))
        {
            case MappingNode mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    if (value is ScalarNode text)
                    {
                        args[key.Value] = text.Value;
                    }
                    else
                    {
                        context.Error(value, $"effect argument '{key.Value}' in {where} must be text");
                    }
                }

                break;
            case { } other:
                context.Error(other, $"'args' of an effect in {where} must be a mapping");
                break;
        }

        return (map.TextNode("name"), args);
    }
}
