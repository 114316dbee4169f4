using System.CommandLine;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var paper = new Argument<string>("ID|NUMBER") { Description = "The paper's number (1803/22) or id" };
        var command = new Command("show", "Show a paper, its advisory sequence and the actions available now") { paper };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var view = await services.GetRequiredService<ReadPapers>().ShowAsync(parsed.GetValue(paper)!, ct);
            var city = services.GetRequiredService<City>();
            output.Write(PaperModels.ToDetail(view, city), text => Write(text, view, city));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter text, PaperView view, City city)
    {
        var p = view.Paper;
        text.WriteLine($"{p.Type} {p.Number ?? "(ohne Nummer)"}  [{p.Id:N}]");
        text.WriteLine(p.Title);
        text.WriteLine($"{(p.IsPublic ? "öffentlich" : "nicht öffentlich")} · Federführung: {p.LeadOffice} · Verfasser: {p.Author} · {PaperDates.German(p.Date)}");
        text.WriteLine($"Stand: {view.StateLabel} ({p.State}) · Version {p.Version} · Workflow {p.Workflow.DefinitionName} v{p.Workflow.DefinitionVersion}");
        if (p.Cosigners.Count > 0) text.WriteLine($"Mitzeichnung: {string.Join(", ", p.Cosigners)}");
        if (p.Deadline != DeadlineStatus.InTime) text.WriteLine($"Frist: {(p.Deadline == DeadlineStatus.Late ? "versäumt (Tischvorlage)" : "Regelfrist versäumt (Dringlichkeit)")}");
        if (view.Deadlines is { } d)
            text.WriteLine($"Freigabe bis: {TimeZoneInfo.ConvertTime(d.Regular, city.TimeZone).AddDays(-1):dd.MM.yyyy} für {d.Body} am {PaperDates.German(d.Meeting)}");
        text.WriteLine();
        text.WriteLine("Beratungsfolge:");
        foreach (var c in p.Consultations)
        {
            var outcome = c.Outcome is null ? "" : $" → {Outcome.Label(c.Outcome)}{(c.Vote is null ? "" : $" ({c.Vote})")}";
            text.WriteLine($"  {c.Position + 1}. {PaperDates.German(c.Date)}  {city.FindBody(c.Body)?.Name ?? c.Body}  ({(c.IsPublic ? "öffentlich" : "nicht öffentlich")}, {ConsultationRoles.German(c.Role)}){outcome}");
        }
        text.WriteLine();
        text.WriteLine(view.Actions.Count == 0 ? "Keine Aktionen möglich." : "Aktionen:");
        foreach (var a in view.Actions)
        {
            var extra = a.Outcomes.Count > 0 ? $"  --outcome {string.Join("|", a.Outcomes.Select(o => o.Name))}"
                : a.Participants.Count > 0 ? $"  für: {string.Join(", ", a.Participants)}" : "";
            var reason = a.RequiresReason ? "  --comment (Begründung) nötig" : "";
            text.WriteLine($"  {a.Name,-10} {a.Label}  (Rollen: {string.Join(", ", a.Roles)}){extra}{reason}");
        }
    }
}
