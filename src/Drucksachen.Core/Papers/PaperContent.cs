namespace Drucksachen.Core.Papers;

/// <summary>What an author writes: a paper's content before it has a workflow or a number.</summary>
public sealed record PaperContent(
    string Type,
    string Title,
    string LeadOffice,
    string Author,
    DateOnly Date,
    bool IsPublic,
    string Signature,
    IReadOnlyDictionary<string, string> Sections,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Cosigners,
    IReadOnlyList<Consultation> Consultations);
