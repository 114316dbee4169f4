using System.CommandLine;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Drucksachen.Core.Meetings.MeetingModels;

namespace Drucksachen.Cli.Commands;

/// <summary>
/// `drucksachen meeting …`: a body's meetings from planning to minutes, through the meeting use
/// cases. Reads show what the user given with --as (or $DRUCKSACHEN_USER) may see, the public view
/// without one; changes are for clerks.
/// </summary>
internal static class MeetingCommand
{
    public static Command Create() =>
        new("meeting", "Plan, invite, record and close the meetings of a body")
        {
            CreateMeeting(), Reschedule(), List(), Show(), History(), Due(),
            MeetingAgendaCommands.Schedule(), MeetingAgendaCommands.AddItem(), MeetingAgendaCommands.Move(), MeetingAgendaCommands.Remove(),
            MeetingRunCommands.Invite(), MeetingRunCommands.Attend(), MeetingRunCommands.Record(), MeetingRunCommands.Close(),
            MeetingRunCommands.Cancel(), MeetingRenderCommand.Create(),
        };

    public static Argument<string> MeetingArgument() => new("MEETING") { Description = "The meeting's number (SAG/001/2026) or id" };

    public static Option<string?> AsOption() => new("--as") { Description = $"The user (default: ${CliUser.Variable}; without one, what the public sees)" };

    public static Option<int?> ExpectOption() => new("--expect-version") { Description = "Fail with a conflict unless the meeting is still at this version" };

    private static Command CreateMeeting()
    {
        var body = new Option<string>("--body") { Description = "The body's key or name, e.g. sag", Required = true };
        var date = new Option<string>("--date") { Description = "The day, 2026-11-03 or 03.11.2026", Required = true };
        var time = new Option<string?>("--time") { Description = "Start, HH:MM (default: the body's usual start)" };
        var end = new Option<string?>("--end") { Description = "Planned end, HH:MM" };
        var location = new Option<string?>("--location") { Description = "One of the configured places or free text (default: the body's usual place)" };
        var user = AsOption();
        var command = new Command("create", "Plan a meeting: its number, day, time and place, and the body's standard items") { body, date, time, end, location, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            try
            {
                var meeting = await services.GetRequiredService<Core.Meetings.CreateMeeting>().ExecuteAsync(new MeetingInput(parsed.GetValue(body)!,
                    parsed.GetValue(date)!, actor, parsed.GetValue(time), parsed.GetValue(end), parsed.GetValue(location)), ct);
                return await ChangedAsync(services, output, meeting.Id.ToString(), actor, null, $"{meeting.Number} planned", ct);
            }
            catch (InputException e) when (e.Field == "start")
            {
                // The use case names the start as the API does; here it is --time.
                throw new InputException(null, null, "--time", e.Reason);
            }
        }));
        return command;
    }

    private static Command Reschedule()
    {
        var meeting = MeetingArgument();
        var date = new Option<string?>("--date") { Description = "The new day, 2026-11-10 or 10.11.2026 (within the meeting's year)" };
        var time = new Option<string?>("--time") { Description = "The new start, HH:MM" };
        var end = new Option<string?>("--end") { Description = "The new planned end, HH:MM" };
        var location = new Option<string?>("--location") { Description = "The new place: one of the configured places or free text" };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("reschedule", "Move a meeting not yet invited to another day, time or place; the papers on its agenda go with it")
        {
            meeting, date, time, end, location, user, expect,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            try
            {
                var m = await services.GetRequiredService<RescheduleMeeting>().ExecuteAsync(parsed.GetValue(meeting)!,
                    new MeetingChange(parsed.GetValue(date), parsed.GetValue(time), parsed.GetValue(end), parsed.GetValue(location)), actor,
                    parsed.GetValue(expect), ct);
                return await ChangedAsync(services, output, m.Id.ToString(), actor, null,
                    $"{m.Number} now on {PaperDates.German(m.Date)} at {MeetingTimes.Format(m.Start)}, {m.Location}", ct);
            }
            catch (InputException e) when (e.Field == "start")
            {
                // The use case names the start as the API does; here it is --time.
                throw new InputException(null, null, "--time", e.Reason);
            }
        }));
        return command;
    }

    private static Command List()
    {
        var body = new Option<string?>("--body") { Description = "Only this body's meetings (key or name)" };
        var year = new Option<int?>("--year") { Description = "Only the meetings of this year" };
        var user = AsOption();
        var command = new Command("list", "The meetings the user may see, by date") { body, year, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var read = services.GetRequiredService<ReadMeetings>();
            var city = services.GetRequiredService<City>();
            var key = parsed.GetValue(body) is { } given
                ? city.FindBody(given)?.Key ?? throw new InputException(null, null, "--body",
                    $"unknown body '{given}' (known: {string.Join(", ", city.Bodies.Select(b => b.Key))})")
                : null;
            var y = parsed.GetValue(year);
            if (y is < 1 or > 9999) throw new InputException(null, null, "--year", $"{y} is not a year");
            var query = new MeetingQuery(key, y is { } from ? new DateOnly(from, 1, 1) : null, y is { } to ? new DateOnly(to, 12, 31) : null);
            var meetings = await read.ListAsync(query, await read.ViewerAsync(CliUser.Given(parsed.GetValue(user)), ct), ct);
            var models = meetings.Select(m => ToSummary(m, city)).ToList();
            output.Write(models, text =>
            {
                foreach (var m in models) text.WriteLine(Describe(m));
                if (models.Count == 0) text.WriteLine("no meetings");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show()
    {
        var meeting = new Argument<string>("ID|NUMBER") { Description = "The meeting's number (SAG/001/2026) or id" };
        var user = AsOption();
        var command = new Command("show", "A meeting: agenda with numbers, markings and outcomes; attendance; documents") { meeting, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var detail = await DetailAsync(services, parsed.GetValue(meeting)!, CliUser.Given(parsed.GetValue(user)), ct);
            output.Write(detail, text => Write(text, detail));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command History()
    {
        var meeting = MeetingArgument();
        var user = AsOption();
        var command = new Command("history", "A meeting's tamper-evident history, as the user may read it (an entry about a non-public item keeps only its number for the public)")
        {
            meeting, user,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var read = services.GetRequiredService<ReadMeetings>();
            var viewer = await read.ViewerAsync(CliUser.Given(parsed.GetValue(user)), ct);
            var view = await read.ShowAsync(parsed.GetValue(meeting)!, viewer, ct);
            var lines = await read.HistoryAsync(view.Meeting, viewer, ct);
            output.Write(lines, text =>
            {
                text.WriteLine($"{view.Meeting.Number}  {view.BodyName}");
                foreach (var e in lines)
                    text.WriteLine($"{e.Sequence,3}  {e.At:yyyy-MM-dd HH:mm:ss}Z  {(e.Actor is null ? "" : e.Actor + " ")}({e.Role})  {e.Action}  "
                        + $"{e.FromState ?? "–"} → {e.ToState}  {e.Details.ToJsonString()}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Due()
    {
        var meeting = MeetingArgument();
        var user = AsOption();
        var command = new Command("due", "The papers due for the meeting's body, with how late each came for this meeting (for clerks)") { meeting, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var read = services.GetRequiredService<ReadMeetings>();
            var clerk = await read.ViewerAsync(CliUser.Acting(parsed.GetValue(user)), ct);
            var view = await read.ShowAsync(parsed.GetValue(meeting)!, clerk, ct);
            var due = (await read.DueAsync(view.Meeting, clerk!, ct)).Select(ToModel).ToList();
            output.Write(due, text =>
            {
                foreach (var d in due)
                {
                    var flag = d.TableOnly ? "  [nur als Tischvorlage]" : d.Late ? "  [nur als Dringlichkeits- oder Tischvorlage]" : "";
                    text.WriteLine($"{d.Paper,-9} {PaperDates.German(d.Date)}  {d.Title}{(d.Public ? "" : "  (nicht öffentlich)")}{flag}");
                }
                if (due.Count == 0) text.WriteLine($"no papers due for {view.BodyName}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The meeting as <paramref name="user"/> sees it, with the documents they may have.</summary>
    public static async Task<Detail> DetailAsync(IServiceProvider services, string meeting, string? user, CancellationToken ct)
    {
        var read = services.GetRequiredService<ReadMeetings>();
        var viewer = await read.ViewerAsync(user, ct);
        var view = await read.ShowAsync(meeting, viewer, ct);
        return ToDetail(view, await read.DocumentsAsync(view.Meeting, viewer, ct), services.GetRequiredService<City>());
    }

    /// <summary>After a change: the meeting as the clerk sees it now (JSON), or <paramref name="message"/> and the changed item (text).</summary>
    public static async Task<int> ChangedAsync(IServiceProvider services, CliOutput output, string meeting, string actor, Guid? item, string message,
        CancellationToken ct)
    {
        var detail = await DetailAsync(services, meeting, actor, ct);
        var changed = item is null ? null : detail.Agenda.FirstOrDefault(i => i.Id == item);
        output.Write(new Change(detail.Meeting, changed, detail.Documents), text =>
        {
            text.WriteLine($"{message} ({detail.Meeting.StateLabel}, version {detail.Meeting.Version})");
            if (changed is not null) text.WriteLine("  " + Line(changed));
        });
        return ExitCodes.Ok;
    }

    /// <summary>"Ö 4.1    Förderung …  [1803/22, Tischvorlage] → beschlossen (4/1/0)".</summary>
    public static string Line(Item i)
    {
        if (i.Heading) return $"{i.Number,-7} {i.Title}";
        var tags = string.Join(", ", new[] { i.Paper, i.MarkingLabel, i.Supplement > 0 ? $"Nachtrag {i.Supplement}" : null }.OfType<string>());
        var outcome = i.OutcomeLabel is null ? "" : $" → {i.OutcomeLabel}{(i.Vote is null ? "" : $" ({i.Vote})")}";
        return $"{i.Number,-7} {i.Title}{(tags.Length > 0 ? $"  [{tags}]" : "")}{outcome}";
    }

    private static string Describe(Summary m) =>
        $"{m.Number,-14} {PaperDates.German(m.Date)} {m.Start}  {m.BodyName}  ({m.StateLabel}){(m.Public ? "" : "  nicht öffentlich")}  [{m.Id:N}]";

    private static void Write(TextWriter text, Detail d)
    {
        var m = d.Meeting;
        text.WriteLine($"{m.Number}  {m.BodyName}  [{m.Id:N}]");
        text.WriteLine($"{PaperDates.German(m.Date)}, {m.Start}{(m.End is null ? "" : "–" + m.End)} Uhr, {m.Location}");
        text.WriteLine($"Stand: {m.StateLabel} ({m.State}) · Version {m.Version}{(m.Public ? "" : " · nicht öffentlich")}"
            + (m.InvitedUrgently ? " · Einladung als dringlich" : "") + (m.Supplements > 0 ? $" · {m.Supplements} Nachtrag/Nachträge" : ""));
        if (m.CancelReason is not null) text.WriteLine($"Abgesagt: {m.CancelReason}");
        text.WriteLine();
        text.WriteLine("Tagesordnung:");
        foreach (var item in d.Agenda)
        {
            text.WriteLine("  " + Line(item));
            if (item.Resolution is not null) text.WriteLine($"          Beschluss: {item.Resolution}");
            if (item.Note is not null) text.WriteLine($"          Vermerk: {item.Note}");
        }
        text.WriteLine();
        text.WriteLine($"Anwesenheit: {d.QuorumText}");
        foreach (var member in d.Members.Where(x => x.Attendance is not null))
            text.WriteLine($"  {member.Name} ({member.Id}): {AttendanceLabel(member.Attendance!)}");
        if (d.Documents.Count == 0) return;
        text.WriteLine();
        text.WriteLine("Dokumente:");
        foreach (var document in d.Documents)
            text.WriteLine($"  v{document.Version}  {document.KindLabel} ({(document.Public ? "öffentlich" : "für Mitglieder")})  {document.FileName}");
    }

    private static string AttendanceLabel(string status) => status switch
    {
        "present" => "anwesend",
        "excused" => "entschuldigt",
        _ => "abwesend",
    };
}
