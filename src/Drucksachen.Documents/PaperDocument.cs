namespace Drucksachen.Documents;

/// <summary>
/// Everything the document layer needs to know about a paper to write its PDF. The paper domain
/// maps its own model onto this record, so this project never sees papers, workflows or storage.
/// </summary>
/// <param name="Template">Name of the template in templates/ (the paper type, e.g. "Informationsvorlage").</param>
/// <param name="Title">Title of the paper.</param>
/// <param name="Number">The paper's number ("1803/22"); null while it is a draft.</param>
/// <param name="IsPublic">Public (öffentlich) or not (nicht öffentlich).</param>
/// <param name="LeadOffice">The lead office (Federführung); becomes the PDF author.</param>
/// <param name="Author">Person who drafted the paper.</param>
/// <param name="Date">Date of the paper; also the only date written into the PDF.</param>
/// <param name="Signature">Signature line text, e.g. "gez. i.V. Horn".</param>
/// <param name="Consultations">The advisory sequence in order.</param>
/// <param name="Sections">Markdown sections by key (e.g. "sachverhalt", "beschlussvorschlag").</param>
/// <param name="Attachments">Names of the attachments (Anlagenverzeichnis).</param>
/// <param name="Keywords">Keywords for the document metadata.</param>
/// <param name="Letterhead">The issuing authority at the head of the first page (the city's name from configuration); null: none.</param>
public sealed record PaperDocument(
    string Template,
    string Title,
    string? Number,
    bool IsPublic,
    string LeadOffice,
    string Author,
    DateOnly Date,
    string Signature,
    IReadOnlyList<ConsultationRow> Consultations,
    IReadOnlyDictionary<string, string> Sections,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Keywords,
    string? Letterhead = null);

/// <param name="Body">Name of the body (Gremium).</param>
/// <param name="Date">Meeting date.</param>
/// <param name="IsPublic">Whether the paper is treated in public at that meeting.</param>
/// <param name="Role">German label of the role, e.g. "Kenntnisnahme", "Vorberatung", "Entscheidung".</param>
/// <param name="Outcome">German label of the recorded outcome, once recorded (e.g. "zur Kenntnis genommen").</param>
/// <param name="Vote">The vote recorded with the outcome ("31/12/4" or "einstimmig"); null: none.</param>
public sealed record ConsultationRow(string Body, DateOnly Date, bool IsPublic, string Role, string? Outcome, string? Vote = null);
