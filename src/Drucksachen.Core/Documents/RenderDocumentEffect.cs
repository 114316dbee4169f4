using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Drucksachen.Core.Workflow;

namespace Drucksachen.Core.Documents;

/// <summary>
/// Renders the paper as it stands and stores the PDF as the paper's next numbered document version;
/// the history entry of the transition records file name, size and SHA-512. With the argument
/// final=true it is the final version carrying all outcomes.
/// </summary>
public sealed class RenderDocumentEffect(IPaperRenderer renderer) : IPaperEffect
{
    public string Name => "render-document";

    public Task ApplyAsync(EffectScope scope, CancellationToken ct) => StoreAsync(scope, ct);

    /// <summary>Renders, stores and describes the new version in the scope's history details.</summary>
    public async Task<DocumentVersion> StoreAsync(EffectScope scope, CancellationToken ct)
    {
        var paper = scope.Paper;
        var rendered = renderer.Render(paper);
        var version = await scope.Session.NextDocumentVersionAsync(paper.Id, ct);
        var isFinal = scope.Call.Args.TryGetValue("final", out var final) && final == "true";
        var document = new DocumentVersion(paper.Id, version, FileName(paper, version), rendered.Pdf,
            Convert.ToHexStringLower(SHA512.HashData(rendered.Pdf)), isFinal, rendered.Template, scope.Now);
        scope.Session.Add(document);

        var details = new JsonObject
        {
            ["file"] = document.FileName,
            ["version"] = version,
            ["size"] = document.Size,
            ["sha512"] = document.Sha512,
            ["template"] = rendered.Template,
        };
        if (isFinal) details["final"] = true;
        if (rendered.Problems.Count > 0) details["problems"] = new JsonArray([.. rendered.Problems.Select(p => JsonValue.Create(p))]);
        scope.Details["document"] = details;
        return document;
    }

    /// <summary>"Drucksache-1803-22-v2.pdf"; a paper without number is named by its id.</summary>
    public static string FileName(Papers.Paper paper, int version) =>
        $"Drucksache-{paper.Reference.Replace('/', '-').Replace(' ', '-')}-v{version}.pdf";
}
