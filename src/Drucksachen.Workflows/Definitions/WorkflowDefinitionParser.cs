using Drucksachen.Workflows.Definitions.Parsing;

namespace Drucksachen.Workflows.Definitions;

/// <summary>Parses and validates one definition text, e.g. for a "validate" command or an editor preview.</summary>
public static class WorkflowDefinitionParser
{
    /// <summary>
    /// The definition in <paramref name="source"/> (version 0); throws <see cref="WorkflowDefinitionException"/>
    /// with every error found. <paramref name="boundEffects"/> are the effect names the host can perform.
    /// </summary>
    public static WorkflowDefinition Parse(string source, string fileName, IReadOnlySet<string> boundEffects)
    {
        var errors = new List<DefinitionError>();
        var result = DefinitionParser.Parse(source, fileName, boundEffects, errors);
        return errors.Count == 0 && result is not null ? result.Definition : throw new WorkflowDefinitionException(errors);
    }
}
