using System.CommandLine;
using Drucksachen.Core.Meetings;
using Microsoft.Extensions.DependencyInjection;
using static Drucksachen.Cli.Commands.MeetingCommand;

namespace Drucksachen.Cli.Commands;

/// <summary>`meeting invite|attend|record|close|cancel`: sending the invitation, recording the meeting, closing or cancelling it.</summary>
internal static class MeetingRunCommands
{
    public static Command Invite()
    {
        var meeting = MeetingArgument();
        var urgent = new Option<bool>("--urgent") { Description = "Send it after the notice period, marked urgent (the invitation says so)" };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("invite", "Send the invitation, which freezes the agenda; later changes go out the same way as a supplementary agenda")
        {
            meeting, urgent, user, expect,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var m = await services.GetRequiredService<InviteToMeeting>().ExecuteAsync(parsed.GetValue(meeting)!, actor, parsed.GetValue(urgent),
                parsed.GetValue(expect), ct);
            var sent = m.Supplements > 0 ? $"supplementary agenda {m.Supplements}" : "invitation";
            return await ChangedAsync(services, output, m.Id.ToString(), actor, null, $"{m.Number}: {sent} sent{(parsed.GetValue(urgent) ? " (urgent)" : "")}", ct);
        }));
        return command;
    }

    public static Command Attend()
    {
        var meeting = MeetingArgument();
        var present = new Option<string[]>("--present") { Description = "Members present (login names)", Required = true, AllowMultipleArgumentsPerToken = true };
        var excused = new Option<string[]>("--excused") { Description = "Members excused; the others are absent", AllowMultipleArgumentsPerToken = true };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("attend", "Record who attended: present, excused, the rest absent") { meeting, present, excused, user, expect };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var m = await services.GetRequiredService<RecordMeeting>().AttendAsync(parsed.GetValue(meeting)!, parsed.GetValue(present) ?? [],
                parsed.GetValue(excused) ?? [], actor, parsed.GetValue(expect), ct);
            return await ChangedAsync(services, output, m.Id.ToString(), actor, null, $"{m.Number}: attendance recorded", ct);
        }));
        return command;
    }

    public static Command Record()
    {
        var meeting = MeetingArgument();
        var item = MeetingAgendaCommands.ItemArgument();
        var outcome = new Option<string?>("--outcome") { Description = "noted, recommended, approved, approved-with-changes, rejected, deferred, referred, withdrawn" };
        var vote = new Option<string?>("--vote") { Description = "YES/NO/ABSTENTIONS, e.g. 12/3/1, or 'einstimmig'" };
        var resolution = new Option<string?>("--resolution") { Description = "The resolution as adopted (default: the paper's Beschlussvorschlag; required for approved-with-changes)" };
        var note = new Option<string?>("--note") { Description = "A note for the minutes and the paper's outcome" };
        var nextDate = new Option<string?>("--next-date") { Description = "For deferred and referred: the day of the meeting that takes it up (default for deferred: the body's next meeting)" };
        var body = new Option<string?>("--to-body") { Description = "For referred: the body it goes to" };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("record", "Record what the meeting did with an item (a paper's outcome through its workflow)")
        {
            meeting, item, outcome, vote, resolution, note, nextDate, body, user, expect,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var record = new ItemRecord(parsed.GetValue(outcome), parsed.GetValue(vote), parsed.GetValue(resolution), parsed.GetValue(note),
                parsed.GetValue(nextDate), parsed.GetValue(body));
            try
            {
                var line = await services.GetRequiredService<RecordMeeting>().RecordAsync(parsed.GetValue(meeting)!, parsed.GetValue(item)!, record,
                    actor, parsed.GetValue(expect), ct);
                return await ChangedAsync(services, output, parsed.GetValue(meeting)!, actor, line.Item!.Id, $"{line.Number} recorded", ct);
            }
            catch (Core.Errors.InputException e) when (e.Field is "body" or "item")
            {
                // The use case names these as the API does; here they are --to-body and the ITEM argument.
                throw new Core.Errors.InputException(null, null, e.Field == "body" ? "--to-body" : "ITEM", e.Reason);
            }
        }));
        return command;
    }

    public static Command Close()
    {
        var meeting = MeetingArgument();
        var end = new Option<string?>("--end") { Description = "When the meeting ended, HH:MM" };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("close", "Close a held meeting: renders the minutes (public and members' version)") { meeting, end, user, expect };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var m = await services.GetRequiredService<CloseMeeting>().ExecuteAsync(parsed.GetValue(meeting)!, actor, parsed.GetValue(end),
                parsed.GetValue(expect), ct);
            return await ChangedAsync(services, output, m.Id.ToString(), actor, null, $"{m.Number} closed, minutes written", ct);
        }));
        return command;
    }

    public static Command Cancel()
    {
        var meeting = MeetingArgument();
        var reason = new Option<string>("--reason") { Description = "Why it is cancelled (published with the meeting)", Required = true };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("cancel", "Cancel a meeting; its papers are due again") { meeting, reason, user, expect };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var m = await services.GetRequiredService<CancelMeeting>().ExecuteAsync(parsed.GetValue(meeting)!, parsed.GetValue(reason)!, actor,
                parsed.GetValue(expect), ct);
            return await ChangedAsync(services, output, m.Id.ToString(), actor, null, $"{m.Number} cancelled", ct);
        }));
        return command;
    }
}
