namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>Turns a definition file into a <see cref="WorkflowDefinition"/>, collecting every error of the file.</summary>
internal static class DefinitionParser
{
    private static readonly IReadOnlySet<string> RootKeys = ElementParser.Keys("name", "label", "start", "states");

    /// <summary>The definition, or null when errors were added to <paramref name="errors"/>.</summary>
    public static ParseResult? Parse(string source, string fileName, IReadOnlySet<string> boundEffects, List<DefinitionError> errors)
    {
        var before = errors.Count;
        var context = new ParseContext(fileName, boundEffects, errors);
        var root = MapReader.From(YamlLoader.Load(source, context), context, "the workflow", RootKeys);
        if (root is null)
        {
            if (errors.Count == before)
            {
                context.Error(YamlDotNet.Core.Mark.Empty, "the file is empty");
            }

            return null;
        }

        var name = root.TextNode("name");
        var label = root.Text("label");
        var startNode = root.TextNode("start");
        var statesNode = root.Required("states");
        if (statesNode is not null and not MappingNode { Entries.Count: > 0 })
        {
            context.Error(statesNode, "'states' must be a non-empty mapping of state ids");
        }

        var entries = (statesNode as MappingNode)?.Entries ?? [];
        var ids = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        foreach (var (id, _) in entries)
        {
            if (!ids.TryAdd(id.Value, id))
            {
                context.Error(id, $"duplicate state id '{id.Value}'");
            }
        }

        var graph = new StateGraph(ids, context);
        var start = Start(startNode, graph, context);
        var states = new Dictionary<string, StateDefinition>(StringComparer.Ordinal);
        foreach (var (id, node) in entries)
        {
            if (StateParser.Parse(id, node, context, graph) is { } state)
            {
                states.TryAdd(id.Value, state);
            }
        }

        if (start is not null)
        {
            graph.ReportUnreachable(start);
        }

        if (errors.Count > before || name is null || label is null || start is null)
        {
            return null;
        }

        var definition = new WorkflowDefinition
        {
            Name = name.Value,
            Label = label,
            Start = start,
            States = states,
            FileName = fileName,
            ContentHash = WorkflowCatalog.Hash(source),
        };
        return new ParseResult(definition, name.Start);
    }

    private static string? Start(ScalarNode? node, StateGraph graph, ParseContext context)
    {
        if (node is null)
        {
            return null; // Reported as missing by the reader.
        }

        if (graph.Contains(node.Value))
        {
            return node.Value;
        }

        context.Error(node, $"unknown start state '{node.Value}'");
        return null;
    }
}
