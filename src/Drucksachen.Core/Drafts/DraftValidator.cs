using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Plausibility;

namespace Drucksachen.Core.Drafts;

/// <summary>
/// Checks a draft as entered in a form by the rules the Markdown import applies to front matter
/// (<see cref="Import.MarkdownPaperReader"/>): known offices and bodies, no co-signing by the lead
/// office, public treatment only of public papers in public bodies, at most one deciding body; and
/// by <see cref="PlausibilityRules.CheckPlanned"/>, which imports of past papers are spared.
/// </summary>
public sealed class DraftValidator(City city, PlausibilityRules plausibility)
{
    public const string Source = "Formular";

    /// <summary>The validated consultations; existing ones of <paramref name="existing"/> are reused by id when unchanged.</summary>
    public (DateOnly Date, List<string> Cosigners, List<Consultation> Consultations) Validate(
        DraftInput input, string leadOffice, IReadOnlyList<Consultation>? existing = null)
    {
        CheckText(input);
        if (string.IsNullOrWhiteSpace(input.Title)) throw Error("title", "a title is required", "required");
        var date = PaperDates.TryParse(input.Date ?? "", out var d) ? d : throw Error("date", $"'{input.Date}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)", "not-a-date", input.Date ?? "");

        var cosigners = new List<string>();
        foreach (var named in input.Cosigners.Where(o => !string.IsNullOrWhiteSpace(o)))
        {
            var office = city.FindOffice(named) ?? throw Error("cosigners", $"unknown office '{named.Trim()}'", "unknown-office", named.Trim());
            if (string.Equals(office, leadOffice, StringComparison.OrdinalIgnoreCase))
                throw Error("cosigners", $"'{leadOffice}' leads the paper and cannot co-sign it", "lead-cannot-cosign", leadOffice);
            if (!cosigners.Contains(office)) cosigners.Add(office);
        }

        var consultations = new List<Consultation>();
        foreach (var (row, index) in input.Consultations.Select((c, i) => (c, i)))
        {
            var field = $"consultations[{index}]";
            var body = city.FindBody(row.Body ?? "")
                ?? throw Error(field + ".body", $"unknown body '{row.Body}' (known: {string.Join(", ", city.Bodies.Select(b => b.Name))})",
                    string.IsNullOrWhiteSpace(row.Body) ? "required" : "unknown-body", row.Body ?? "");
            if (!ConsultationRoles.TryParse(row.Role ?? "", out var role))
                throw Error(field + ".role", $"unknown role '{row.Role}' (known: {ConsultationRoles.Known})", "unknown-role", row.Role ?? "");
            var meeting = PaperDates.TryParse(row.Date ?? "", out var m) ? m : throw Error(field + ".date", $"'{row.Date}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)", "not-a-date", row.Date ?? "");
            var isPublic = row.IsPublic ?? (input.IsPublic && body.MeetsInPublic);
            if (isPublic && !body.MeetsInPublic) throw Error(field + ".public", $"{body.Name} never meets in public", "body-never-public", body.Name);
            if (isPublic && !input.IsPublic) throw Error(field + ".public", "a non-public paper cannot be treated in public", "public-needs-public-paper");

            var kept = row.Id is { } id ? existing?.FirstOrDefault(c => c.Id == id) : null;
            consultations.Add(kept is not null && kept.Body == body.Key && kept.Date == meeting && kept.Role == role && kept.IsPublic == isPublic
                ? kept
                : new Consultation(body.Key, meeting, isPublic, role));
        }
        if (consultations.Count(c => c.Role == ConsultationRole.Decision) > 1)
            throw Error("consultations", "only one consultation can decide (role Entscheidung)", "one-decision");
        plausibility.CheckPlanned(consultations, i => existing?.Contains(consultations[i]) != true, i => $"consultations[{i}]");
        return (date, cosigners, consultations);
    }

    // Every field by the rules of every other input (InputText), before any of them is interpreted.
    private static void CheckText(DraftInput input)
    {
        InputText.Check(input.Title, "title", InputLimits.LineChars, file: Source);
        InputText.Check(input.Date, "date", InputLimits.LineChars, file: Source);
        InputText.Check(input.Signature, "signature", InputLimits.LineChars, file: Source);
        foreach (var (key, text) in input.Sections)
        {
            InputText.Check(key, "sections", InputLimits.LineChars, file: Source);
            InputText.CheckSection(text, "sections." + key, Source);
        }
        foreach (var attachment in input.Attachments) InputText.Check(attachment, "attachments", InputLimits.LineChars, file: Source);
        foreach (var office in input.Cosigners) InputText.Check(office, "cosigners", InputLimits.LineChars, file: Source);
        foreach (var (row, index) in input.Consultations.Select((c, i) => (c, i)))
        {
            InputText.Check(row.Body, $"consultations[{index}].body", InputLimits.LineChars, file: Source);
            InputText.Check(row.Date, $"consultations[{index}].date", InputLimits.LineChars, file: Source);
            InputText.Check(row.Role, $"consultations[{index}].role", InputLimits.LineChars, file: Source);
        }
    }

    private static InputException Error(string field, string reason, string key, params string[] values) =>
        new(Source, null, field, reason, new ErrorText(key, values));
}
