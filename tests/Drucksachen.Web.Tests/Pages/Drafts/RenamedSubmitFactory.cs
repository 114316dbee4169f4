using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Drucksachen.Web.Tests.Pages.Drafts;

/// <summary>
/// The application with the shipped workflows, except that an Antrag's draft is handed on by an
/// action named "einreichen" instead of "submit": pages have to take that action from the definition.
/// </summary>
public sealed class RenamedSubmitFactory : WebAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var folder = Path.Combine(Database.Folder, "workflows");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        var antrag = Path.Combine(folder, "antrag.yaml");
        File.WriteAllText(antrag, File.ReadAllText(antrag).Replace("name: submit", "name: einreichen", StringComparison.Ordinal));
        builder.UseSetting("Drucksachen:WorkflowsPath", folder);
    }
}
