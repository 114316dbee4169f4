namespace Drucksachen.Workflows.Definitions.Parsing;

/// <summary>The action names of one state: ordinary, sign, return and record actions share one namespace.</summary>
internal sealed class ActionNames(string state)
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>The <c>name</c> of an action mapping, reported if missing or already taken in this state.</summary>
    public string? Claim(Node action, ParseContext context)
    {
        if (action is not MappingNode mapping)
        {
            return null; // MapReader reports the shape.
        }

        var name = mapping.Entries.FirstOrDefault(e => e.Key.Value == "name").Value;
        if (name is not ScalarNode { Value.Length: > 0 } text)
        {
            context.Error(name ?? action, $"an action of state '{state}' has no name");
            return null;
        }

        if (text.Value == Runtime.WorkflowRunner.CorrectAction)
        {
            context.Error(text, $"action name '{text.Value}' in state '{state}' is reserved: the runtime offers it after every recorded outcome");
            return null;
        }

        if (!names.Add(text.Value))
        {
            context.Error(text, $"duplicate action '{text.Value}' in state '{state}'");
            return null;
        }

        return text.Value;
    }
}
