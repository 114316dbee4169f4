using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Tests.Support;

/// <summary>The definitions shipped in the repository's workflows/ folder, parsed once.</summary>
internal static class Shipped
{
    public static readonly IReadOnlySet<string> Effects =
        new HashSet<string> { "assign-number", "render-document", "flag-urgent", "flag-late" };

    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (File.Exists(Path.Combine(candidate, "workflow.schema.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("workflows/ not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<WorkflowDefinition> InformationLazy = new(() => Load("informationsvorlage.yaml"));
    private static readonly Lazy<WorkflowDefinition> DecisionLazy = new(() => Load("beschlussvorlage.yaml"));
    private static readonly Lazy<WorkflowDefinition> MotionLazy = new(() => Load("antrag.yaml"));

    public static string Directory => Folder.Value;

    public static WorkflowDefinition Informationsvorlage => InformationLazy.Value;

    public static WorkflowDefinition Beschlussvorlage => DecisionLazy.Value;

    public static WorkflowDefinition Antrag => MotionLazy.Value;

    public static WorkflowDefinition Load(string file) =>
        WorkflowDefinitionParser.Parse(File.ReadAllText(Path.Combine(Folder.Value, file)), "workflows/" + file, Effects);
}
