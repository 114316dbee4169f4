namespace Drucksachen.Core.Drafts;

/// <summary>What an author enters for a paper in a form, unvalidated; see <see cref="DraftValidator"/>.</summary>
/// <param name="Sections">Section key ("sachverhalt") to Markdown.</param>
/// <param name="Consultations">The planned advisory sequence, in order.</param>
public sealed record DraftInput(
    string Title,
    string Date,
    bool IsPublic,
    string Signature,
    IReadOnlyDictionary<string, string> Sections,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Cosigners,
    IReadOnlyList<ConsultationInput> Consultations);

/// <param name="Id">The existing consultation this row stands for, if any (kept when the sequence is replanned).</param>
/// <param name="Body">Key or name of the body.</param>
/// <param name="Date">Meeting date, YYYY-MM-DD or DD.MM.YYYY.</param>
/// <param name="Role">German role name (Kenntnisnahme, Vorberatung, Anhörung, Entscheidung).</param>
/// <param name="IsPublic">Null: public if the paper is and the body meets in public.</param>
public sealed record ConsultationInput(Guid? Id, string Body, string Date, string Role, bool? IsPublic = null);
