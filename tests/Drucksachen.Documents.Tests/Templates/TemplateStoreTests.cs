using Drucksachen.Documents.Templates;

namespace Drucksachen.Documents.Tests.Templates;

public sealed class TemplateStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_second_template_for_the_same_meeting_document_is_refused_naming_both_files()
    {
        const string invitation = "---\nname: {0}\nversion: \"1\"\nheading: Einladung\ndocument: invitation\n---\n{{{{ agenda }}}}\n";
        File.WriteAllText(Path.Combine(_folder, "A.md"), string.Format(invitation, "Einladung"));
        File.WriteAllText(Path.Combine(_folder, "B.md"), string.Format(invitation, "Einladung kurz"));

        var error = Assert.Throws<TemplateException>(() => new TemplateStore(_folder));

        Assert.EndsWith("B.md", error.File);
        Assert.Contains("A.md", error.Message);
    }
}
