using Drucksachen.Core.Actions;
using Drucksachen.Core.Documents;
using Drucksachen.Core.Drafts;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Drafts;
using Drucksachen.Web.Features.Forms;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Drafts;

/// <summary>
/// Edits a draft: fields, sections and the advisory sequence; "Vorschau (PDF)" renders the form's
/// state as a PDF without storing anything; "Einreichen" stores the form first and then hands the
/// stored draft on with the action its workflow defines for that (<see cref="ReadPapers.SubmissionAsync"/>),
/// so nothing typed is lost. Only authors of the lead office, only drafts (else 404).
/// </summary>
[Authorize]
public sealed class BearbeitenModel(VisiblePapers papers, EditDraft edit, ActOnPaper act, DraftValidator validator, ReadPapers read,
    IPaperRenderer renderer, DraftTemplates templates, TimeProvider clock) : PageModel
{
    [BindProperty] public DraftForm Form { get; set; } = new();

    public Paper Paper { get; private set; } = null!;
    public string? Error { get; private set; }
    public GivenReason? Reason { get; private set; }

    /// <summary>The action "Einreichen" takes after saving, as the draft's workflow defines it.</summary>
    public AvailableAction Submission { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    public DraftFieldsView Fields => new(Form, Paper.LeadOffice, templates.SectionsOf(Paper.Type), $"/Entwuerfe/{Paper.Id}");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = DraftForm.From(Paper);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Form.ApplyCommand() is { } nothingAdded)
        {
            Error = FormErrors.Message(nothingAdded, DraftForm.Fields);
            return Page();
        }
        try
        {
            if (Form.Command == "preview") return Preview();
            var saved = await edit.ExecuteAsync(Paper.Id.ToString(), Form.ToInput(), User.Identity!.Name!, Form.ExpectedVersion, ct);
            if (Form.Command == SubmitCommand)
            {
                Form.ExpectedVersion = saved.Version;
                var submitted = await act.ExecuteAsync(saved.Id.ToString(), new ActionInput(Submission.Name, User.Identity!.Name!, ExpectedVersion: saved.Version), ct);
                TempData["Message"] = await DoneMessage.ForAsync(read, saved, submitted.Paper, Submission, ct);
                return Redirect($"/Drucksachen/{saved.Id}");
            }
            Message = "Der Entwurf wurde gespeichert.";
            return Redirect($"/Entwuerfe/{saved.Id}");
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, DraftForm.Fields);
            return Page();
        }
    }

    /// <summary>The form command of "Einreichen" (a command of this form, not a workflow action's name).</summary>
    public const string SubmitCommand = "submit";

    // The form as it stands, rendered like the stored PDF would be, but kept nowhere.
    private IActionResult Preview()
    {
        var input = Form.ToInput();
        var (date, cosigners, consultations) = validator.Validate(input, Paper.LeadOffice);
        var draft = new Paper(new PaperContent(Paper.Type, input.Title, Paper.LeadOffice, Paper.Author, date, input.IsPublic,
            input.Signature, input.Sections, input.Attachments, cosigners, consultations), clock.GetUtcNow());
        return PdfPreview.Of(draft, renderer, Response);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var (paper, user) = await papers.FindAsync(id, ct);
        if (paper is null || user is null || await read.SubmissionAsync(paper, user, ct) is not { } submission) return false;
        Paper = paper;
        Submission = submission;
        Reason = await read.ReasonAsync(paper, ct);
        return true;
    }
}
