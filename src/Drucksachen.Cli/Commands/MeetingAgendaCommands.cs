using System.CommandLine;
using System.Globalization;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Microsoft.Extensions.DependencyInjection;
using static Drucksachen.Cli.Commands.MeetingCommand;

namespace Drucksachen.Cli.Commands;

/// <summary>`meeting schedule|add-item|move|remove`: building a meeting's agenda (<see cref="PlanAgenda"/>).</summary>
internal static class MeetingAgendaCommands
{
    public static Command Schedule()
    {
        var meeting = MeetingArgument();
        var paper = new Argument<string>("PAPER") { Description = "The paper's number (1803/22) or id" };
        var urgent = new Option<bool>("--urgent") { Description = "Place a paper released after the notice deadline as Dringlichkeitsvorlage" };
        var table = new Option<bool>("--table") { Description = "Place a paper released after the notice deadline as Tischvorlage" };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("schedule", "Place a paper due for the body on the agenda (a non-public one in the non-public part)")
        {
            meeting, paper, urgent, table, user, expect,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            if (parsed.GetValue(urgent) && parsed.GetValue(table))
                throw new InputException(null, null, "--table", "a paper is placed either as urgent (--urgent) or as table paper (--table), not both");
            var marking = parsed.GetValue(urgent) ? ItemMarking.Urgent : parsed.GetValue(table) ? ItemMarking.Table : ItemMarking.None;
            var actor = CliUser.Acting(parsed.GetValue(user));
            var line = await services.GetRequiredService<PlanAgenda>().ScheduleAsync(parsed.GetValue(meeting)!, parsed.GetValue(paper)!, actor,
                marking, parsed.GetValue(expect), ct);
            return await ChangedAsync(services, output, parsed.GetValue(meeting)!, actor, line.Item!.Id, $"{parsed.GetValue(paper)} placed as {line.Number}", ct);
        }));
        return command;
    }

    public static Command AddItem()
    {
        var meeting = MeetingArgument();
        var title = new Option<string>("--title") { Description = "The item's title, e.g. \"Bericht der Verwaltung\"", Required = true };
        var nonPublic = new Option<bool>("--non-public") { Description = "In the non-public part" };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("add-item", "Add a free item (one that is no paper)") { meeting, title, nonPublic, user, expect };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var line = await services.GetRequiredService<PlanAgenda>().AddItemAsync(parsed.GetValue(meeting)!, parsed.GetValue(title)!,
                !parsed.GetValue(nonPublic), actor, parsed.GetValue(expect), ct);
            return await ChangedAsync(services, output, parsed.GetValue(meeting)!, actor, line.Item!.Id, $"item {line.Number} added", ct);
        }));
        return command;
    }

    public static Command Move()
    {
        var meeting = MeetingArgument();
        var item = ItemArgument();
        var to = new Option<string>("--to")
        {
            Description = "The place in its part, from 1, or the number of the item whose place it takes (e.g. \"Ö 2\")", Required = true,
        };
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("move", "Move an item within its part of the agenda") { meeting, item, to, user, expect };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            var read = services.GetRequiredService<ReadMeetings>();
            var current = (await read.ShowAsync(parsed.GetValue(meeting)!, await read.ViewerAsync(actor, ct), ct)).Meeting;
            var moved = PlanAgenda.Item(current, parsed.GetValue(item)!);
            var position = Position(current, moved, parsed.GetValue(to)!);
            var line = await services.GetRequiredService<PlanAgenda>().MoveAsync(current.Id.ToString(), parsed.GetValue(item)!, position, actor,
                parsed.GetValue(expect) ?? current.Version, ct);
            return await ChangedAsync(services, output, current.Id.ToString(), actor, line.Item!.Id, $"{parsed.GetValue(item)} moved to {line.Number}", ct);
        }));
        return command;
    }

    public static Command Remove()
    {
        var meeting = MeetingArgument();
        var item = ItemArgument();
        var (user, expect) = (AsOption(), ExpectOption());
        var command = new Command("remove", "Take an item off the agenda (a paper's consultation is then due again)") { meeting, item, user, expect };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var actor = CliUser.Acting(parsed.GetValue(user));
            await services.GetRequiredService<PlanAgenda>().RemoveAsync(parsed.GetValue(meeting)!, parsed.GetValue(item)!, actor, parsed.GetValue(expect), ct);
            return await ChangedAsync(services, output, parsed.GetValue(meeting)!, actor, null, $"{parsed.GetValue(item)} removed", ct);
        }));
        return command;
    }

    public static Argument<string> ItemArgument() => new("ITEM") { Description = "The item's number as printed, e.g. \"Ö 3\" or Ö3" };

    // The place the item is to take within its part (from 0): given as a place from 1 or as the number of the item it displaces.
    private static int Position(Meeting meeting, AgendaItem moved, string to)
    {
        var part = meeting.Part(moved.IsPublic).ToList();
        if (int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var place))
            return place >= 1 && place <= part.Count ? place - 1
                : throw new InputException(null, null, "--to", $"{place} is not a place in its part (1 to {part.Count})");
        var target = AgendaNumbering.Find(meeting, to)?.Item
            ?? throw new InputException(null, null, "--to", $"meeting {meeting.Number} has no item '{to}'");
        return target.IsPublic == moved.IsPublic ? target.Position
            : throw new InputException(null, null, "--to", $"'{to}' is in the other part of the agenda: an item stays in its part");
    }
}
