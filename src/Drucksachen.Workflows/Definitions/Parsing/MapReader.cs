namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>
/// Typed access to one YAML mapping that reports missing, mistyped, repeated and unknown keys with
/// their positions; <c>Where</c> ("action 'release' of state 'cosigning'") names the mapping in errors.
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, Node> values = new(StringComparer.Ordinal);

    private MapReader(MappingNode node, ParseContext context, string where, IReadOnlySet<string> keys)
    {
        Node = node;
        Context = context;
        Where = where;
        foreach (var (key, value) in node.Entries)
        {
            if (!keys.Contains(key.Value))
            {
                context.Error(key, $"unknown key '{key.Value}' in {where}; allowed are {string.Join(", ", keys)}");
            }
            else if (!values.TryAdd(key.Value, value))
            {
                context.Error(key, $"duplicate key '{key.Value}' in {where}");
            }
        }
    }

    public MappingNode Node { get; }

    public ParseContext Context { get; }

    public string Where { get; }

    public static MapReader? From(Node? node, ParseContext context, string where, IReadOnlySet<string> keys)
    {
        if (node is MappingNode mapping)
        {
            return new MapReader(mapping, context, where, keys);
        }

        if (node is not null)
        {
            context.Error(node, $"{where} must be a mapping");
        }

        return null;
    }

    public bool Has(string key) => values.ContainsKey(key);

    public Node? Optional(string key) => values.GetValueOrDefault(key);

    public Node? Required(string key)
    {
        if (values.TryGetValue(key, out var value))
        {
            return value;
        }

        Context.Error(Node, $"missing '{key}' in {Where}");
        return null;
    }

    public ScalarNode? TextNode(string key, bool required = true)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null or ScalarNode)
        {
            return (ScalarNode?)node;
        }

        Context.Error(node, $"'{key}' in {Where} must be text");
        return null;
    }

    public string? Text(string key, bool required = true) => TextNode(key, required)?.Value;

    /// <summary>An optional true/false; anything else is a definition error.</summary>
    public bool Flag(string key)
    {
        var node = TextNode(key, required: false);
        switch (node?.Value)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Context.Error(node, $"'{key}' in {Where} must be true or false, got '{node.Value}'");
                return false;
        }
    }

    public MapReader? Map(string key, string where, IReadOnlySet<string> keys) => From(Required(key), Context, where, keys);

    public IReadOnlyList<Node> List(string key)
    {
        switch (Optional(key))
        {
            case null:
                return [];
            case SequenceNode sequence:
                return sequence.Items;
            case var other:
                Context.Error(other, $"'{key}' in {Where} must be a list");
                return [];
        }
    }

    /// <summary>A list of allowed roles; an action nobody may perform is a definition error.</summary>
    public IReadOnlyList<string> Roles()
    {
        var node = Optional("roles");
        var roles = List("roles").OfType<ScalarNode>().Select(r => r.Value).Where(r => r.Length > 0).ToList();
        if (roles.Count == 0)
        {
            Context.Error(node ?? Node, $"{Where} has no allowed roles");
        }

        return roles;
    }
}
