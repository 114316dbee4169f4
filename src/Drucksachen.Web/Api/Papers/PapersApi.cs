using Drucksachen.Core.Access;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Import;
using Drucksachen.Core.Input;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using static Drucksachen.Web.Api.Papers.PaperModels;
using PaperPage = Drucksachen.Web.Api.Papers.PaperModels.PaperPage;
using PaperSummary = Drucksachen.Web.Api.Papers.PaperModels.PaperSummary;

namespace Drucksachen.Web.Api.Papers;

/// <summary>/api/papers: list and search, one paper with its actions, import, actions, history.</summary>
public static class PapersApi
{
    public const int MaxPageSize = 100;

    /// <summary>The types one paper's Markdown can be sent as; tools that know no text/markdown send text/plain.</summary>
    private static readonly string[] MarkdownTypes = ["text/markdown", "text/plain"];

    public static RouteGroupBuilder MapPapersApi(this RouteGroupBuilder api)
    {
        var papers = api.MapGroup("/papers").WithTags("Papers");
        papers.MapGet("/", ListAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("ListPapers").WithSummary("Papers the caller may see, newest number first, with search, filters and paging")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        papers.MapGet("/{id}", GetAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("GetPaper").WithSummary("A paper, its advisory sequence and the actions its workflow offers now")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        papers.MapPost("/", ImportAsync).RequireAuthorization(ApiAuthorization.User).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("ImportPapers").WithSummary("Import papers: one as text/markdown or text/plain (Markdown with YAML front matter), or several as JSON; all or none")
            .Accepts<ImportRequest>("application/json", MarkdownTypes)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        papers.MapPost("/{id}/actions/{action}", ActAsync).RequireAuthorization(ApiAuthorization.User).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("ActOnPaper").WithSummary("Take a workflow action (submit, cosign, return, release, record, correct, withdraw) as the caller")
            .WithDescription("correct replaces the last recorded outcome (until the next one is recorded) with outcome, vote, date "
                + "and next date given anew and the reason as comment; the history keeps both entries, the new one naming the old.")
            .Accepts<ActionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        papers.MapGet("/{id}/history", HistoryAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("GetPaperHistory").WithSummary("A paper's history, oldest first: whole for staff who work on it, else its public course (release, consultations)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        return papers;
    }

    /// <param name="q">Words looked for in number, title and text.</param>
    /// <param name="type">Paper type, e.g. Beschlussvorlage.</param>
    /// <param name="body">Key or name of a body in the advisory sequence, e.g. sag.</param>
    /// <param name="year">Year of the number.</param>
    /// <param name="state">Workflow state, e.g. draft, consultation, done.</param>
    /// <param name="page">Page, from 1.</param>
    /// <param name="pageSize">Papers per page, 1 to 100 (default 20).</param>
    private static async Task<Ok<PaperPage>> ListAsync(HttpContext http, IPaperSearch store, IUserDirectory users, City city,
        string? q, string? type, string? body, int? year, string? state, int? page, int? pageSize, CancellationToken ct)
    {
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var size = pageSize ?? 20;
        if (size is < 1 or > MaxPageSize) throw new InputException(null, null, "pageSize", $"{size} is not between 1 and {MaxPageSize}");
        var number = page ?? 1;
        if (number < 1) throw new InputException(null, null, "page", $"{number} is not a page (pages count from 1)");
        var bodyKey = string.IsNullOrWhiteSpace(body) ? null
            : city.FindBody(body)?.Key
              ?? throw new InputException(null, null, "body", $"unknown body '{body}' (known: {string.Join(", ", city.Bodies.Select(b => b.Key))})");
        // The search of the pages' papers list; drafts too, where the caller may see them (their office's, or all for staff).
        var search = new PaperSearch(NullIfBlank(q), NullIfBlank(type), bodyKey, year, NullIfBlank(state), ReleasedOnly: false,
            Skip: (int)Math.Min((long)(number - 1) * size, int.MaxValue), Take: size);
        var result = await store.SearchAsync(search, caller, ct);
        return TypedResults.Ok(new PaperPage(result.Items.Select(ToSummary).ToList(), result.Total, result.MoreThanTotal, number, size));
    }

    private static async Task<Ok<PaperDetail>> GetAsync(string id, HttpContext http, VisiblePapers visible, ReadPapers reader,
        IUserDirectory users, City city, CancellationToken ct)
    {
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var paper = await visible.GetAsync(id, caller, ct);
        var view = await reader.ShowAsync(paper.Id.ToString(), ct);
        return TypedResults.Ok(ToDetail(view, city, caller));
    }

    /// <param name="name">For a text/markdown body: the file name its messages name (default paper.md).</param>
    private static async Task<Created<IReadOnlyList<PaperSummary>>> ImportAsync(HttpRequest request, string? name,
        MarkdownPaperReader reader, ImportPapers import, IUserDirectory users, CancellationToken ct)
    {
        var caller = await ApiCaller.GetAsync(request.HttpContext, users, ct);
        List<ImportedPaper> papers;
        if (request.HasJsonContentType())
        {
            var files = (await ApiJson.ReadAsync(request, new ImportRequest([]), ct)).Papers ?? [];
            if (files.Count > InputLimits.PapersPerRequest)
                throw new InputException(null, null, "papers",
                    $"{files.Count} papers in one request; at most {InputLimits.PapersPerRequest} are allowed (send the rest in further requests)");
            papers = files.Select((f, i) => reader.Read(f.Markdown ?? "", FileName(f.Name, $"papers[{i}]"))).ToList();
        }
        else if (request.ContentType is { } contentType && MarkdownTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            papers = [await reader.ReadAsync(request.Body, FileName(name, "paper.md"), ct)];
        }
        else
        {
            throw new InputException(null, null, "body",
                $"send one paper as text/markdown or several as application/json, not '{request.ContentType ?? "nothing"}'");
        }
        if (papers.Count == 0) throw new InputException(null, null, "papers", "no papers to import");
        var stored = await import.ExecuteAsync(papers, ImportPapers.ActorFor(caller, papers), ct);
        return TypedResults.Created(Url(stored[0]), (IReadOnlyList<PaperSummary>)stored.Select(ToSummary).ToList());
    }

    private static async Task<Ok<ActionResponse>> ActAsync(string id, string action, HttpRequest request, VisiblePapers visible,
        ActOnPaper act, IUserDirectory users, CancellationToken ct)
    {
        var caller = await ApiCaller.GetAsync(request.HttpContext, users, ct);
        var paper = await visible.GetAsync(id, caller, ct);
        var body = await ApiJson.ReadAsync(request, new ActionRequest(), ct);
        var input = new ActionInput(action, caller.Id, body.Outcome, body.Date, body.Vote, body.Comment, body.Body, body.NextDate,
            body.ExpectedVersion, body.Confirmed);
        var result = await act.ExecuteAsync(paper.Id.ToString(), input, ct);
        return TypedResults.Ok(new ActionResponse(ToSummary(result.Paper), result.Entries.Select(ToModel).ToList()));
    }

    private static async Task<Ok<IReadOnlyList<HistoryEntryModel>>> HistoryAsync(string id, HttpContext http, VisiblePapers visible,
        ReadPapers reader, PublicHistory course, IUserDirectory users, CancellationToken ct)
    {
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var paper = await visible.GetAsync(id, caller, ct);
        var (_, entries) = await reader.HistoryAsync(paper.Id.ToString(), ct);
        return TypedResults.Ok((IReadOnlyList<HistoryEntryModel>)(PaperAccess.SeesInternalHistory(caller, paper)
            ? entries.Select(ToModel).ToList()
            : course.Of(paper, entries).Select(ToModel).ToList()));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The name every message about the paper begins with: text like any other input.
    private static string FileName(string? name, string fallback)
    {
        InputText.Check(name, "name", InputLimits.LineChars);
        return string.IsNullOrWhiteSpace(name) ? fallback : name;
    }
}
