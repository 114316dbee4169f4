using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Drafts;

/// <summary>
/// A new paper written in a form: validated like an imported one and stored through
/// <see cref="ImportPapers"/> as a draft of the author's office, so its first history entry and
/// workflow start are the same as for any other new paper.
/// </summary>
public sealed class CreateDraft(ImportPapers import, DraftValidator validator, City city, IUserDirectory users)
{
    public async Task<Paper> ExecuteAsync(string type, DraftInput input, string userId, CancellationToken ct)
    {
        var user = await users.GetAsync(userId, ct);
        if (!user.Has(UserRoles.Author) || user.Office is null)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"{user.Id} is not an author of an office and cannot write papers");
        var paperType = city.FindPaperType(type)
            ?? throw new InputException(DraftValidator.Source, null, "type", $"unknown paper type '{type}' (known: {string.Join(", ", city.PaperTypes.Select(t => t.Name))})");
        var (date, cosigners, consultations) = validator.Validate(input, user.Office);
        var content = new PaperContent(
            Type: paperType.Name,
            Title: input.Title.Trim(),
            LeadOffice: user.Office,
            Author: user.Name,
            Date: date,
            IsPublic: input.IsPublic,
            Signature: input.Signature.Trim(),
            Sections: input.Sections.ToDictionary(s => s.Key, s => s.Value.Replace("\r\n", "\n").Trim()),
            Attachments: input.Attachments.Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
            Cosigners: cosigners,
            Consultations: consultations);
        var stored = await import.ExecuteAsync([new ImportedPaper(content, null, DraftValidator.Source)], new(user.Id, UserRoles.Author), ct);
        return stored[0];
    }
}
