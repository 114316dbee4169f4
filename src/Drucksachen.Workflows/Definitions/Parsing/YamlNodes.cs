using YamlDotNet.Core;

namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>
/// A minimal YAML tree with positions. Unlike YamlDotNet's RepresentationModel it keeps duplicate
/// mapping keys, so a duplicate state id is one error among all others instead of aborting the file.
/// </summary>
internal abstract record Node(Mark Start);

internal sealed record ScalarNode(Mark Start, string Value) : Node(Start);

internal sealed record SequenceNode(Mark Start, IReadOnlyList<Node> Items) : Node(Start);

internal sealed record MappingNode(Mark Start, IReadOnlyList<KeyValuePair<ScalarNode, Node>> Entries) : Node(Start);
