using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Testing;
using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Core.Tests.Workflow;

/// <summary>A changed workflow file becomes a new version at start-up; running papers keep theirs.</summary>
public class DefinitionVersioningTests
{
    private const string OldOutcomes = "      noted: { move: next, label: zur Kenntnis genommen }\n";
    private const string OldLabel = "    label: in Beratung\n";

    [Fact]
    public async Task ChangedDefinition_IsVersion2ForNewPapers_WhileARunningPaperStaysOnVersion1()
    {
        var workflows = Directory.CreateTempSubdirectory("drucksachen-workflows-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(workflows.FullName, "workflows")).FullName;
            foreach (var file in Directory.EnumerateFiles(Repository.Workflows))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            await using var product = await TestProduct.StartAsync(configure: o => o.WorkflowsPath = folder);

            var old = await product.ImportAsync(PaperMarkdown.Information().Build());
            Assert.Equal(("Informationsvorlage", 1), (old.Workflow.DefinitionName, old.Workflow.DefinitionVersion));

            // A restart with the file unchanged stores no new version.
            await product.RestartAsync();
            Assert.Equal(1, (await product.Get<WorkflowCatalog>().GetLatestAsync("Informationsvorlage", CancellationToken.None)).Version);

            // The city adds the outcome "recommended" to information papers and relabels the sequence state.
            var path = Path.Combine(folder, "informationsvorlage.yaml");
            var text = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
            Assert.Contains(OldOutcomes, text);
            Assert.Contains(OldLabel, text);
            text = text.Replace(OldOutcomes, OldOutcomes + "      recommended: { move: next, label: empfohlen }\n")
                .Replace(OldLabel, "    label: in der Beratung\n");
            await File.WriteAllTextAsync(path, text);
            await product.RestartAsync();

            var catalog = product.Get<WorkflowCatalog>();
            Assert.Equal(2, (await catalog.GetLatestAsync("Informationsvorlage", CancellationToken.None)).Version);
            Assert.Equal(1, (await catalog.GetLatestAsync("Beschlussvorlage", CancellationToken.None)).Version);

            // The running paper acts on version 1: the new outcome does not exist for it.
            var running = await product.ToConsultationAsync(old);
            product.AfterMeetings(running);
            Assert.Equal(1, running.Workflow.DefinitionVersion);
            Assert.Equal("in Beratung", (await product.Get<ReadPapers>().ShowAsync(running.Id.ToString(), CancellationToken.None)).StateLabel);
            var refused = await Assert.ThrowsAsync<InputException>(() =>
                product.ActAsync(running, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Recommended)));
            Assert.Equal((ErrorKind.BadInput, "outcome"), (refused.Kind, refused.Field));
            Assert.Contains("noted, deferred, referred, withdrawn", refused.Message);
            var noted = await product.ActAsync(running, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted));
            Assert.Equal(1, noted.Paper.Workflow.DefinitionVersion);

            // A new paper starts on version 2 and can use it.
            var fresh = await product.ImportAsync(PaperMarkdown.Information().Build());
            Assert.Equal(2, fresh.Workflow.DefinitionVersion);
            Assert.Equal("Informationsvorlage v2", Details.Of((await product.HistoryAsync(fresh))[0]).Text("workflow"));
            fresh = await product.ToConsultationAsync(fresh);
            product.AfterMeetings(fresh);
            Assert.Equal("in der Beratung", (await product.Get<ReadPapers>().ShowAsync(fresh.Id.ToString(), CancellationToken.None)).StateLabel);
            var recommended = await product.ActAsync(fresh, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Recommended));
            Assert.Equal(Outcome.Recommended, recommended.Paper.Consultations[0].Outcome);
            Assert.Equal(2, (await product.FindAsync(fresh)).Workflow.DefinitionVersion);
            Assert.Equal(1, (await product.FindAsync(old)).Workflow.DefinitionVersion);

            Assert.True((await product.VerifyAsync()).IsIntact);
        }
        finally
        {
            workflows.Delete(recursive: true);
        }
    }
}
