using Drucksachen.Core.Drafts;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Web.Features.Forms;

namespace Drucksachen.Web.Features.Drafts;

/// <summary>
/// The fields of the draft form. The advisory sequence is edited without JavaScript: each row has
/// buttons that send <see cref="Command"/> ("up:2", "down:0", "remove:1", "add"), applied to the
/// rows before the whole form is stored.
/// </summary>
public sealed class DraftForm
{
    public string Title { get; set; } = "";
    public string Date { get; set; } = "";
    public bool IsPublic { get; set; } = true;
    public string Signature { get; set; } = "";
    public Dictionary<string, string> Sections { get; set; } = [];

    /// <summary>One attachment per line.</summary>
    public string Attachments { get; set; } = "";
    public List<string> Cosigners { get; set; } = [];
    public List<ConsultationRow> Consultations { get; set; } = [];

    public string? NewBody { get; set; }
    public string? NewDate { get; set; }
    public string NewRole { get; set; } = "Kenntnisnahme";

    public string? Command { get; set; }
    public int? ExpectedVersion { get; set; }

    /// <summary>The labels of the draft form (_DraftFields), by the field keys of the errors.</summary>
    public static readonly FormFields Fields = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["type"] = "Vorlagenart",
        ["title"] = "Titel",
        ["date"] = "Datum",
        ["public"] = "öffentlich",
        ["cosigners"] = "Mitzeichnung durch",
        ["sections"] = "Abschnitte",
        ["attachments"] = "Anlagen",
        ["signature"] = "Zeichnung",
        ["consultations"] = "Beratungsfolge",
        ["consultations.body"] = "Gremium",
        ["consultations.date"] = "Sitzung",
        ["consultations.role"] = "Beratung",
        ["consultations.public"] = "öffentlich",
        [NewBodyField] = "Gremium hinzufügen",
        [NewDateField] = "Sitzung am",
    });

    private const string NewBodyField = "newBody";
    private const string NewDateField = "newDate";

    public static DraftForm From(Paper paper) => new()
    {
        Title = paper.Title,
        Date = paper.Date.ToString("yyyy-MM-dd"),
        IsPublic = paper.IsPublic,
        Signature = paper.Signature,
        Sections = new Dictionary<string, string>(paper.Sections),
        Attachments = string.Join('\n', paper.Attachments),
        Cosigners = [.. paper.Cosigners],
        Consultations = paper.Consultations.Select(c => new ConsultationRow
        {
            Id = c.Id, Body = c.Body, Date = c.Date.ToString("yyyy-MM-dd"), Role = ConsultationRoles.German(c.Role), IsPublic = c.IsPublic,
        }).ToList(),
        ExpectedVersion = paper.Version,
    };

    /// <summary>
    /// Applies a row command (move, remove, add) to <see cref="Consultations"/>. Returns why an add
    /// did nothing (no body or no date chosen), for the form to say so instead of going on.
    /// </summary>
    public InputException? ApplyCommand()
    {
        var (verb, index) = Command?.Split(':') is [var v, var i] && int.TryParse(i, out var n) ? (v, n) : (Command, -1);
        switch (verb)
        {
            case "up" when index > 0 && index < Consultations.Count:
                (Consultations[index - 1], Consultations[index]) = (Consultations[index], Consultations[index - 1]);
                break;
            case "down" when index >= 0 && index < Consultations.Count - 1:
                (Consultations[index + 1], Consultations[index]) = (Consultations[index], Consultations[index + 1]);
                break;
            case "remove" when index >= 0 && index < Consultations.Count:
                Consultations.RemoveAt(index);
                break;
        }
        var hasBody = !string.IsNullOrWhiteSpace(NewBody);
        var hasDate = !string.IsNullOrWhiteSpace(NewDate);
        if (verb == "add" && !(hasBody && hasDate))
            return hasBody
                ? new InputException(null, null, NewDateField, "the meeting's date is missing; no consultation was added", new ErrorText("consultation-needs-date"))
                : new InputException(null, null, NewBodyField, "no body chosen; no consultation was added", new ErrorText("consultation-needs-body"));
        if (hasBody && hasDate)
        {
            Consultations.Add(new ConsultationRow { Body = NewBody!, Date = NewDate!, Role = NewRole });
            NewBody = NewDate = null;
        }
        return null;
    }

    public DraftInput ToInput() => new(
        Title ?? "",
        Date ?? "",
        IsPublic,
        Signature ?? "",
        Sections.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value),
        (Attachments ?? "").Split('\n').Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
        Cosigners,
        Consultations.Select(c => new ConsultationInput(c.Id, c.Body ?? "", c.Date ?? "", c.Role ?? "", null)).ToList());
}

/// <summary>One consultation row of the draft form.</summary>
public sealed class ConsultationRow
{
    public Guid? Id { get; set; }
    public string Body { get; set; } = "";
    public string Date { get; set; } = "";
    public string Role { get; set; } = "Kenntnisnahme";
    public bool IsPublic { get; set; }
}
