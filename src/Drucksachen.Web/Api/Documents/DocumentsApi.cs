using Drucksachen.Core.Documents;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Api.Papers;
using Drucksachen.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using static Drucksachen.Web.Api.Papers.PaperModels;

namespace Drucksachen.Web.Api.Documents;

/// <summary>/api/papers/{id}/documents: the stored PDF versions of a paper, one PDF, and rendering a new version.</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/papers/{id}/documents").WithTags("Documents");
        documents.MapGet("/", ListAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("ListDocuments").WithSummary("The stored PDF versions of a paper, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        documents.MapMethods("/{version:int}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("DownloadDocument").WithSummary("One stored PDF version")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        documents.MapPost("/", RenderAsync).RequireAuthorization(ApiAuthorization.User).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("RenderDocument").WithSummary("Render the paper as it stands into its next numbered PDF version (recorded in the history)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return documents;
    }

    private static async Task<Ok<IReadOnlyList<DocumentModel>>> ListAsync(string id, HttpContext http, VisiblePapers visible,
        IPaperReads store, IUserDirectory users, CancellationToken ct)
    {
        var paper = await visible.GetAsync(id, await ApiCaller.FindAsync(http, users, ct), ct);
        var documents = await store.DocumentsAsync(paper.Id, ct);
        return TypedResults.Ok((IReadOnlyList<DocumentModel>)documents.Select(ToModel).ToList());
    }

    private static async Task<FileContentHttpResult> DownloadAsync(string id, int version, HttpContext http, VisiblePapers visible,
        IPaperReads store, IUserDirectory users, CancellationToken ct)
    {
        var paper = await visible.GetAsync(id, await ApiCaller.FindAsync(http, users, ct), ct);
        var document = await store.DocumentAsync(paper.Id, version, ct)
            ?? throw new DrucksachenException(ErrorKind.NotFound, $"Drucksache {paper.Reference} has no document version {version}");
        http.Served(paper, CachePolicy.Lasting);
        return TypedResults.File(document.Content, "application/pdf", document.FileName);
    }

    private static async Task<Created<RenderResponse>> RenderAsync(string id, HttpContext http, VisiblePapers visible,
        RenderPaper render, IUserDirectory users, CancellationToken ct)
    {
        var caller = await ApiCaller.GetAsync(http, users, ct);
        var paper = await visible.GetAsync(id, caller, ct);
        var (p, document, problems) = await render.ExecuteAsync(paper.Id.ToString(), caller, ct);
        var model = ToModel(document);
        return TypedResults.Created(model.Url, new RenderResponse(p.Reference, model, problems));
    }
}
