using System.CommandLine;
using Drucksachen.Core.Actions;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class ActCommand
{
    public static Command Create()
    {
        var paper = new Argument<string>("ID|NUMBER") { Description = "The paper's number (1803/22) or id" };
        var action = new Argument<string>("ACTION") { Description = "submit, cosign, return, release, record, correct, withdraw (see 'show')" };
        var outcome = new Option<string?>("--outcome") { Description = "For record and correct: noted, recommended, approved, approved-with-changes, rejected, deferred, referred, withdrawn" };
        var date = new Option<string?>("--date") { Description = "For record: the day the body dealt with it (default: the planned meeting day)" };
        var vote = new Option<string?>("--vote") { Description = "For record: YES/NO/ABSTENTIONS, e.g. 12/3/1, or 'einstimmig'" };
        var user = new Option<string?>("--as") { Description = "Acting user (default: $DRUCKSACHEN_USER)" };
        var comment = new Option<string?>("--comment") { Description = "Comment kept in the history" };
        var body = new Option<string?>("--body") { Description = "For record --outcome referred: the body it is referred to" };
        var nextDate = new Option<string?>("--next-date") { Description = "For deferred and referred: the day of the meeting that takes it up" };
        var confirm = new Option<bool>("--confirm") { Description = "Take input that needs confirmation, e.g. a deferral past the decision's date" };
        var expect = new Option<int?>("--expect-version") { Description = "Fail with a conflict unless the paper is still at this version" };
        var command = new Command("act", "Take a workflow action on a paper")
        {
            paper, action, outcome, date, vote, user, comment, body, nextDate, confirm, expect,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var userId = CliUser.Acting(parsed.GetValue(user));
            var input = new ActionInput(parsed.GetValue(action)!, userId, parsed.GetValue(outcome), parsed.GetValue(date),
                parsed.GetValue(vote), parsed.GetValue(comment), parsed.GetValue(body), parsed.GetValue(nextDate), parsed.GetValue(expect),
                parsed.GetValue(confirm));
            var result = await services.GetRequiredService<ActOnPaper>().ExecuteAsync(parsed.GetValue(paper)!, input, ct);
            output.Write(new { paper = PaperModels.ToSummary(result.Paper), entries = result.Entries.Select(PaperModels.ToModel).ToList() }, text =>
            {
                foreach (var e in result.Entries)
                    text.WriteLine($"{result.Paper.Reference}: {e.Action} by {e.Actor} ({e.Role}): {e.FromState} → {e.ToState}  {e.Details}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
