using System.Globalization;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using static Drucksachen.Web.Api.Papers.PaperModels;

namespace Drucksachen.Web.Api.Maintenance;

/// <summary>
/// /api/verify (clerks, administrators), /api/checkpoint and /api/tick (administrators):
/// `drucksachen verify`, `checkpoint` and `tick`.
/// </summary>
public static class MaintenanceApi
{
    /// <param name="Now">Process as of this moment (ISO 8601) instead of the clock.</param>
    public sealed record TickRequest(string? Now = null);

    /// <param name="Checkpoint">A checkpoint from /api/checkpoint (or `drucksachen checkpoint`) the history must still hold.</param>
    public sealed record VerifyRequest(HistoryCheckpoint? Checkpoint = null);

    public sealed record TickedEntry(string Paper, HistoryEntryModel Entry);

    public sealed record TickResponse(DateTimeOffset At, IReadOnlyList<TickedEntry> Entries);

    public static RouteGroupBuilder MapMaintenanceApi(this RouteGroupBuilder api)
    {
        api.MapPost("/verify", VerifyAsync).RequireAuthorization(ApiAuthorization.Clerk).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("Maintenance").WithName("VerifyHistory")
            .WithSummary("Check every paper's history chain, its data against the state the history records and every stored PDF; broken lists what does not match")
            .Accepts<VerifyRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/checkpoint", CheckpointAsync).RequireAuthorization(ApiAuthorization.Admin).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("Maintenance").WithName("CheckpointHistory")
            .WithSummary("Verify everything, then return a checkpoint of the whole history to keep outside the database; 409 if the history is broken")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/tick", TickAsync).RequireAuthorization(ApiAuthorization.Admin).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("Maintenance").WithName("TickDeadlines")
            .WithSummary("Record what fell due: missed release deadlines (urgent, late)")
            .Accepts<TickRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<HistoryVerification>> VerifyAsync(HttpRequest request, VerifyHistory verify, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync(request, new VerifyRequest(), ct);
        return TypedResults.Ok(await verify.ExecuteAsync(body.Checkpoint, ct));
    }

    private static async Task<Ok<HistoryCheckpoint>> CheckpointAsync(VerifyHistory verify, CancellationToken ct)
    {
        var (result, checkpoint) = await verify.CheckpointAsync(ct);
        // A checkpoint of tampered data would vouch for it.
        return result.FirstBroken is { } b
            ? throw new DrucksachenException(ErrorKind.Conflict,
                $"the history is broken ({b.Subject}, entry {b.Sequence}: {b.Reason}); no checkpoint was made")
            : TypedResults.Ok(checkpoint);
    }

    private static async Task<Ok<TickResponse>> TickAsync(HttpRequest request, TickDeadlines tick, IPaperReads store, TimeProvider clock,
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
