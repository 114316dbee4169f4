using YamlDotNet.Core;

namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>A parsed definition and where its name stands, for errors found across files (duplicate names).</summary>
internal sealed record ParseResult(WorkflowDefinition Definition, Mark NamePosition)
{
    public DefinitionError ErrorAtName(string reason) =>
        new(Definition.FileName, (int)NamePosition.Line, (int)NamePosition.Column, reason);
}
