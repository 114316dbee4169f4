using System.Globalization;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using static Drucksachen.Web.Api.Papers.PaperModels;

namespace Drucksachen.Web.Api.Maintenance;

/// <summary>/api/verify (clerks, administrators) and /api/tick (administrators): `drucksachen verify` and `tick`.</summary>
public static class MaintenanceApi
{
    /// <param name="Now">Process as of this moment (ISO 8601) instead of the clock.</param>
    public sealed record TickRequest(string? Now = null);

    public sealed record TickedEntry(string Paper, HistoryEntryModel Entry);

    public sealed record TickResponse(DateTimeOffset At, IReadOnlyList<TickedEntry> Entries);

    public static RouteGroupBuilder MapMaintenanceApi(this RouteGroupBuilder api)
    {
        api.MapPost("/verify", VerifyAsync).RequireAuthorization(ApiAuthorization.Clerk).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("Maintenance").WithName("VerifyHistory")
            .WithSummary("Check every paper's history chain; firstBroken names the first entry that does not match")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/tick", TickAsync).RequireAuthorization(ApiAuthorization.Admin).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("Maintenance").WithName("TickDeadlines")
            .WithSummary("Record what fell due: missed release deadlines (urgent, late)")
            .Accepts<TickRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<HistoryVerification>> VerifyAsync(VerifyHistory verify, CancellationToken ct) =>
        TypedResults.Ok(await verify.ExecuteAsync(ct));

    private static async Task<Ok<TickResponse>> TickAsync(HttpRequest request, TickDeadlines tick, IPaperStore store, TimeProvider clock,
        CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync(request, new TickRequest(), ct);
        var at = body.Now is { } text
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                ? t
                : throw new InputException(null, null, "now", $"'{text}' is not a moment (use ISO 8601, e.g. 2022-10-30T08:00:00+01:00)")
            : clock.GetUtcNow();
        var entries = await tick.ExecuteAsync(at, ct);
        var references = new Dictionary<Guid, string>();
        foreach (var id in entries.Select(e => e.PaperId).Distinct())
            references[id] = (await store.FindAsync(id.ToString(), ct))?.Reference ?? id.ToString("N");
        return TypedResults.Ok(new TickResponse(at, entries.Select(e => new TickedEntry(references[e.PaperId], ToModel(e))).ToList()));
    }
}
