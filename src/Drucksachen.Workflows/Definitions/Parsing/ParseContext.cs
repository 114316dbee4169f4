using YamlDotNet.Core;

namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>What every part of a file's parse shares: where errors go and which effects the host binds.</summary>
internal sealed class ParseContext(string file, IReadOnlySet<string> boundEffects, List<DefinitionError> errors)
{
    public IReadOnlySet<string> BoundEffects { get; } = boundEffects;

    // Aliased nodes (e.g. shared timers) are parsed once per use; their errors are reported once.
    private readonly HashSet<DefinitionError> reported = [];

    public void Error(Mark at, string reason)
    {
        var error = new DefinitionError(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), reason);
        if (reported.Add(error))
        {
            errors.Add(error);
        }
    }

    public void Error(Node at, string reason) => Error(at.Start, reason);
}
