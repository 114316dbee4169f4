using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>Reads the single document of a definition file into <see cref="Node"/>s, resolving aliases.</summary>
internal static class YamlLoader
{
    public static Node? Load(string source, ParseContext context)
    {
        var parser = new Parser(new StringReader(source));
        var anchors = new Dictionary<string, Node>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                context.Error(Mark.Empty, "the file is empty");
                return null;
            }

            var root = Read(parser, anchors, context);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                context.Error(extra.Start, "a definition file holds exactly one YAML document");
            }

            return root;
        }
        catch (YamlException e)
        {
            context.Error(e.Start, "malformed YAML: " + e.Message.ReplaceLineEndings(" "));
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken flow
            // collections (e.g. an unclosed "[1"); report it at the last position the parser reached.
            context.Error(parser.Current?.Start ?? Mark.Empty, "malformed YAML: " + e.Message);
            return null;
        }
    }

    private static Node Read(IParser parser, Dictionary<string, Node> anchors, ParseContext context)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                return anchored;
            }

            throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
        }

        Node node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = new ScalarNode(scalar.Start, scalar.Value);
            anchor = scalar.Anchor;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<Node>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Read(parser, anchors, context));
            }

            node = new SequenceNode(sequenceStart.Start, items);
            anchor = sequenceStart.Anchor;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            var entries = new List<KeyValuePair<ScalarNode, Node>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = Read(parser, anchors, context);
                var value = Read(parser, anchors, context);
                if (key is ScalarNode text)
                {
                    entries.Add(new(text, value));
                }
                else
                {
                    context.Error(key.Start, "mapping keys must be plain text");
                }
            }

            node = new MappingNode(mappingStart.Start, entries);
            anchor = mappingStart.Anchor;
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }
}
