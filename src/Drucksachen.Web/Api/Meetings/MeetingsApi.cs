using System.Globalization;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Http.HttpResults;
using static Drucksachen.Core.Meetings.MeetingModels;
using static Drucksachen.Web.Api.Meetings.MeetingRequests;

namespace Drucksachen.Web.Api.Meetings;

/// <summary>
/// /api/meetings: meetings as the caller may see them (<see cref="ReadMeetings"/>: the public view
/// for anonymous callers and those outside the body, a meeting that is not public at all is 404),
/// their history, documents and packets; and, for clerks, planning, moving, inviting, recording, closing and cancelling.
/// A meeting is addressed by id or number, whose "/" may be written "-" in URLs (SAG-001-2026);
/// an item by its number as printed ("Ö 4.1", also "Ö4.1" or "oe4.1").
/// </summary>
public static class MeetingsApi
{
    private const string PublicEdition = "public";
    private const string MembersEdition = "members";

    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Meetings");
        meetings.MapGet("/", ListAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("ListMeetings").WithSummary("The meetings the caller may see, by date")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        meetings.MapGet("/{id}", GetAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("GetMeeting").WithSummary("A meeting with its agenda (the non-public part by number only, unless the caller may see it), attendance and documents")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        meetings.MapGet("/{id}/history", HistoryAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("GetMeetingHistory").WithSummary("The meeting's history, oldest first, as the meeting page's access rule lets the caller read it: an entry about a non-public item names only its number unless the caller may see it")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        meetings.MapGet("/{id}/due", DueAsync).RequireAuthorization(ApiAuthorization.Clerk)
            .WithName("GetDuePapers").WithSummary("The papers due for the meeting's body, with how late each came for this meeting")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapMethods("/{id}/documents/{version:int}", [HttpMethods.Get, HttpMethods.Head], DocumentAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("DownloadMeetingDocument").WithSummary("One stored document of the meeting (invitation, supplement, minutes) in the edition its version holds")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        meetings.MapMethods("/{id}/packet", [HttpMethods.Get, HttpMethods.Head], PacketAsync).RequireAuthorization(ApiAuthorization.Reader)
            .WithName("GetMeetingPacket").WithSummary("The meeting packet (Sitzungsmappe): invitation and papers in one PDF; edition=members for those who may see the non-public part")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);

        Change(meetings.MapPost("/", CreateAsync), "CreateMeeting", "Plan a meeting: number, day, time, place and the body's standard items")
            .Accepts<CreateRequest>("application/json");
        Change(meetings.MapPost("/{id}/reschedule", RescheduleAsync), "RescheduleMeeting", "Move a meeting not yet invited to another day, time or place; the papers on its agenda go with it")
            .Accepts<RescheduleRequest>("application/json");
        Change(meetings.MapPost("/{id}/schedule", ScheduleAsync), "SchedulePaper", "Place a paper due for the body on the agenda")
            .Accepts<ScheduleRequest>("application/json");
        Change(meetings.MapPost("/{id}/items", AddItemAsync), "AddMeetingItem", "Add a free item")
            .Accepts<ItemRequest>("application/json");
        Change(meetings.MapPost("/{id}/items/{number}/move", MoveAsync), "MoveMeetingItem", "Move an item within its part of the agenda")
            .Accepts<MoveRequest>("application/json");
        Change(meetings.MapPost("/{id}/items/{number}/remove", RemoveAsync), "RemoveMeetingItem", "Take an item off the agenda (a paper's consultation is due again)")
            .Accepts<VersionRequest>("application/json");
        Change(meetings.MapPost("/{id}/invite", InviteAsync), "InviteToMeeting", "Send the invitation, or the supplementary agenda of the changes since")
            .Accepts<InviteRequest>("application/json");
        Change(meetings.MapPost("/{id}/attendance", AttendAsync), "RecordAttendance", "Record who attended")
            .Accepts<AttendanceRequest>("application/json");
        Change(meetings.MapPost("/{id}/items/{number}/record", RecordAsync), "RecordMeetingItem", "Record what the meeting did with an item (a paper's outcome through its workflow)")
            .Accepts<RecordRequest>("application/json");
        Change(meetings.MapPost("/{id}/close", CloseAsync), "CloseMeeting", "Close a held meeting: renders the minutes")
            .Accepts<CloseRequest>("application/json");
        Change(meetings.MapPost("/{id}/cancel", CancelAsync), "CancelMeeting", "Cancel a meeting; its papers are due again")
            .Accepts<CancelRequest>("application/json");
        return meetings;
    }

    // Every change: clerks only, antiforgery for cookie callers, the same problems.
    private static RouteHandlerBuilder Change(RouteHandlerBuilder route, string name, string summary) =>
        route.RequireAuthorization(ApiAuthorization.Clerk).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName(name).WithSummary(summary)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <param name="body">Key or name of a body, e.g. sag.</param>
    /// <param name="from">First day, 2026-01-01.</param>
    /// <param name="to">Last day, 2026-12-31.</param>
    private static async Task<Ok<IReadOnlyList<Summary>>> ListAsync(HttpContext http, ReadMeetings read, IUserDirectory users, City city,
        string? body, string? from, string? to, CancellationToken ct)
    {
        var key = string.IsNullOrWhiteSpace(body) ? null
            : city.FindBody(body)?.Key ?? throw new InputException(null, null, "body", $"unknown body '{body}' (known: {string.Join(", ", city.Bodies.Select(b => b.Key))})");
        var query = new MeetingQuery(key, Day(from, "from"), Day(to, "to"));
        var meetings = await read.ListAsync(query, await ApiCaller.FindAsync(http, users, ct), ct);
        return TypedResults.Ok((IReadOnlyList<Summary>)meetings.Select(m => ToSummary(m, city)).ToList());
    }

    private static async Task<Ok<Detail>> GetAsync(string id, HttpContext http, ReadMeetings read, IUserDirectory users, City city, CancellationToken ct)
    {
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var view = await ShowAsync(read, id, caller, ct);
        http.Response.Headers.ETag = $"\"{view.Meeting.Version.ToString(CultureInfo.InvariantCulture)}\"";
        return TypedResults.Ok(ToDetail(view, await read.DocumentsAsync(view.Meeting, caller, ct), city));
    }

    private static async Task<Ok<IReadOnlyList<MeetingHistoryLine>>> HistoryAsync(string id, HttpContext http, ReadMeetings read, IUserDirectory users,
        CancellationToken ct)
    {
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var view = await ShowAsync(read, id, caller, ct);
        return TypedResults.Ok(await read.HistoryAsync(view.Meeting, caller, ct));
    }

    private static async Task<Ok<IReadOnlyList<Due>>> DueAsync(string id, HttpContext http, ReadMeetings read, IUserDirectory users, CancellationToken ct)
    {
        var caller = await ApiCaller.GetAsync(http, users, ct);
        var view = await ShowAsync(read, id, caller, ct);
        return TypedResults.Ok((IReadOnlyList<Due>)(await read.DueAsync(view.Meeting, caller, ct)).Select(ToModel).ToList());
    }

    private static async Task<FileContentHttpResult> DocumentAsync(string id, int version, HttpContext http, ReadMeetings read, IUserDirectory users,
        CancellationToken ct)
    {
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var meeting = (await ShowAsync(read, id, caller, ct)).Meeting;
        var document = await read.DocumentAsync(meeting, version, caller, ct);
        return TypedResults.File(document.Content, "application/pdf", document.FileName);
    }

    /// <param name="edition">public (default) or members.</param>
    private static async Task<FileContentHttpResult> PacketAsync(string id, string? edition, HttpContext http, ReadMeetings read, IUserDirectory users,
        CancellationToken ct)
    {
        var members = (edition ?? PublicEdition) switch
        {
            PublicEdition => false,
            MembersEdition => true,
            _ => throw new InputException(null, null, "edition", $"'{edition}' is no edition (public or members)"),
        };
        var caller = await ApiCaller.FindAsync(http, users, ct);
        var meeting = (await ShowAsync(read, id, caller, ct)).Meeting;
        var pdf = await read.PacketAsync(meeting, members, caller, ct);
        return TypedResults.File(pdf, "application/pdf", PacketFileName(meeting, members));
    }

    private static async Task<Created<Change>> CreateAsync(HttpRequest request, CreateMeeting create, ReadMeetings read, IUserDirectory users, City city,
        CancellationToken ct)
    {
        var caller = await ApiCaller.GetAsync(request.HttpContext, users, ct);
        var body = await ApiJson.ReadAsync(request, new CreateRequest(), ct);
        var meeting = await create.ExecuteAsync(new MeetingInput(body.Body ?? "", body.Date ?? "", caller.Id, body.Start, body.End, body.Location), ct);
        var change = await ChangeAsync(read, city, meeting.Id.ToString(), caller, null, ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", change);
    }

    private static Task<Ok<Change>> RescheduleAsync(string id, HttpRequest request, RescheduleMeeting reschedule, ReadMeetings read,
        IUserDirectory users, City city, CancellationToken ct) =>
        ChangeAsync(id, request, new RescheduleRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            await reschedule.ExecuteAsync(meeting, new MeetingChange(b.Date, b.Start, b.End, b.Location), caller, version, ct);
            return null;
        }, ct);

    private static Task<Ok<Change>> ScheduleAsync(string id, HttpRequest request, PlanAgenda agenda, ReadMeetings read, IUserDirectory users, City city,
        CancellationToken ct) =>
        ChangeAsync(id, request, new ScheduleRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            var marking = b.Marking switch
            {
                null or "" or "none" => ItemMarking.None,
                "urgent" => ItemMarking.Urgent,
                "table" => ItemMarking.Table,
                _ => throw new InputException(null, null, "marking", $"'{b.Marking}' is no marking (urgent or table)"),
            };
            return (await agenda.ScheduleAsync(meeting, b.Paper ?? "", caller, marking, version, ct)).Item!.Id;
        }, ct);

    private static Task<Ok<Change>> AddItemAsync(string id, HttpRequest request, PlanAgenda agenda, ReadMeetings read, IUserDirectory users, City city,
        CancellationToken ct) =>
        ChangeAsync(id, request, new ItemRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
            (await agenda.AddItemAsync(meeting, b.Title ?? "", b.Public, caller, version, ct)).Item!.Id, ct);

    private static Task<Ok<Change>> MoveAsync(string id, string number, HttpRequest request, PlanAgenda agenda, ReadMeetings read, IUserDirectory users,
        City city, CancellationToken ct) =>
        ChangeAsync(id, request, new MoveRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            var to = b.To ?? throw new InputException(null, null, "to", "say where the item goes: its place in its part, from 1");
            if (to < 1) throw new InputException(null, null, "to", $"{to} is not a place (places count from 1)");
            return (await agenda.MoveAsync(meeting, Item(number), to - 1, caller, version, ct)).Item!.Id;
        }, ct);

    private static Task<Ok<Change>> RemoveAsync(string id, string number, HttpRequest request, PlanAgenda agenda, ReadMeetings read, IUserDirectory users,
        City city, CancellationToken ct) =>
        ChangeAsync(id, request, new VersionRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, _) =>
        {
            await agenda.RemoveAsync(meeting, Item(number), caller, version, ct);
            return null;
        }, ct);

    private static Task<Ok<Change>> InviteAsync(string id, HttpRequest request, InviteToMeeting invite, ReadMeetings read, IUserDirectory users,
        City city, CancellationToken ct) =>
        ChangeAsync(id, request, new InviteRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            await invite.ExecuteAsync(meeting, caller, b.Urgent, version, ct);
            return null;
        }, ct);

    private static Task<Ok<Change>> AttendAsync(string id, HttpRequest request, RecordMeeting record, ReadMeetings read, IUserDirectory users,
        City city, CancellationToken ct) =>
        ChangeAsync(id, request, new AttendanceRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            await record.AttendAsync(meeting, b.Present ?? [], b.Excused ?? [], caller, version, ct);
            return null;
        }, ct);

    private static Task<Ok<Change>> RecordAsync(string id, string number, HttpRequest request, RecordMeeting record, ReadMeetings read,
        IUserDirectory users, City city, CancellationToken ct) =>
        ChangeAsync(id, request, new RecordRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
            (await record.RecordAsync(meeting, Item(number), new ItemRecord(b.Outcome, b.Vote, b.Resolution, b.Note, b.NextDate, b.Body), caller,
                version, ct)).Item!.Id, ct);

    private static Task<Ok<Change>> CloseAsync(string id, HttpRequest request, CloseMeeting close, ReadMeetings read, IUserDirectory users, City city,
        CancellationToken ct) =>
        ChangeAsync(id, request, new CloseRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            await close.ExecuteAsync(meeting, caller, b.End, version, ct);
            return null;
        }, ct);

    private static Task<Ok<Change>> CancelAsync(string id, HttpRequest request, CancelMeeting cancel, ReadMeetings read, IUserDirectory users,
        City city, CancellationToken ct) =>
        ChangeAsync(id, request, new CancelRequest(), b => b.ExpectedVersion, read, users, city, async (meeting, caller, version, b) =>
        {
            await cancel.ExecuteAsync(meeting, b.Reason ?? "", caller, version, ct);
            return null;
        }, ct);

    /// <summary>
    /// One change by a clerk: reads the body, takes the version the caller saw (If-Match or
    /// expectedVersion), runs <paramref name="change"/> on the meeting's id and answers with the meeting as it now stands.
    /// </summary>
    private static async Task<Ok<Change>> ChangeAsync<T>(string id, HttpRequest request, T empty, Func<T, int?> expectedVersion, ReadMeetings read,
        IUserDirectory users, City city, Func<string, string, int?, T, Task<Guid?>> change, CancellationToken ct) where T : class
    {
        var caller = await ApiCaller.GetAsync(request.HttpContext, users, ct);
        var meeting = (await ShowAsync(read, id, caller, ct)).Meeting.Id.ToString();
        var body = await ApiJson.ReadAsync(request, empty, ct);
        var item = await change(meeting, caller.Id, Version(request, expectedVersion(body)), body);
        return TypedResults.Ok(await ChangeAsync(read, city, meeting, caller, item, ct));
    }

    private static async Task<Change> ChangeAsync(ReadMeetings read, City city, string meeting, UserProfile caller, Guid? item, CancellationToken ct)
    {
        var view = await read.ShowAsync(meeting, caller, ct);
        var detail = ToDetail(view, await read.DocumentsAsync(view.Meeting, caller, ct), city);
        return new Change(detail.Meeting, item is null ? null : detail.Agenda.FirstOrDefault(i => i.Id == item), detail.Documents);
    }

    // The meeting as the caller may see it, addressed as the pages address it; a 404 names it as the caller wrote it.
    private static async Task<MeetingView> ShowAsync(ReadMeetings read, string id, UserProfile? caller, CancellationToken ct)
    {
        var text = Uri.UnescapeDataString(id).Trim();
        return await VisibleMeetings.ShowAsync(read, text, caller, ct) ?? throw MeetingAccess.NotFound(text);
    }

    private static string Item(string number) => Uri.UnescapeDataString(number);

    // The version the caller saw: the header If-Match ("5" or 5) or the field expectedVersion; both must agree.
    private static int? Version(HttpRequest request, int? field)
    {
        if (request.Headers.IfMatch.ToString() is not { Length: > 0 } header) return field;
        var text = header.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
        if (!int.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InputException(null, null, "If-Match", $"'{header}' is not a meeting version (send the ETag of GET /api/meetings/{{id}}, e.g. \"5\")");
        if (field is { } given && given != version)
            throw new InputException(null, null, "expectedVersion", $"{given} differs from If-Match {version}: send one of them");
        return version;
    }

    private static DateOnly? Day(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : Core.Papers.PaperDates.Parse(text, field);
}
