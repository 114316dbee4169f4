using Drucksachen.Core.Actions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Documents;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Documents;
using Drucksachen.Web.Features.Forms;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

/// <summary>One paper: facts, advisory sequence as a timeline, sections, PDFs, history, and the user's actions.</summary>
public sealed class AnzeigenModel(VisiblePapers papers, IPaperReads store, ReadPapers read, ActOnPaper act,
    DocumentRenderer renderer, City city, MarkdownHtml markdown, PublicHistory course) : PageModel
{
    public Paper Paper { get; private set; } = null!;
    public string StateLabel { get; private set; } = "";
    public IReadOnlyList<DocumentVersion> Documents { get; private set; } = [];
    public PaperHistoryView History { get; private set; } = null!;
    public IReadOnlyList<AvailableAction> Actions { get; private set; } = [];
    public ReleaseDeadlines? Deadlines { get; private set; }
    public IReadOnlyList<(string Key, string Html)> Sections { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public GivenReason? Reason { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The form field <see cref="Error"/> is about, if it names one.</summary>
    public string? ErrorField { get; private set; }

    /// <summary>The action form as sent, when it came back with an error.</summary>
    public ActionForm? Entered { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAktionAsync(Guid id, ActionForm form, CancellationToken ct)
    {
        var (paper, user) = await papers.FindAsync(id, ct);
        if (paper is null || user is null) return NotFound();
        var requested = (await read.ActionsForAsync(paper, user, ct)).FirstOrDefault(a => a.Name == form.Action.Trim());
        if (requested is { EndsWorkflow: true } && !form.Confirmed)
        {
            Error = FormErrors.Message(new ErrorText("confirm-final", requested.Label));
        }
        else
        {
            try
            {
                var result = await act.ExecuteAsync(paper.Id.ToString(), form.ToInput(user.Id), ct);
                Message = await DoneMessage.ForAsync(read, paper, result.Paper, requested, ct);
                return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : $"/Drucksachen/{id}");
            }
            catch (DrucksachenException e)
            {
                Error = FormErrors.Message(e, ActionForm.FieldsFor(requested));
                ErrorField = (e as InputException)?.Field;
                Entered = form;
            }
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var (paper, user) = await papers.FindAsync(id, ct);
        if (paper is null) return false;
        Paper = paper;
        var view = await read.ShowAsync(paper.Id.ToString(), ct);
        StateLabel = view.StateLabel;
        Deadlines = view.Deadlines;
        Documents = await store.DocumentsAsync(paper.Id, ct);
        Reason = await read.ReasonAsync(paper, ct);
        History = await PaperHistoryView.LoadAsync(store, read, course, paper, user, ct);
        if (user is not null)
        {
            Actions = await read.ActionsForAsync(paper, user, ct);
            CanEdit = await read.SubmissionAsync(paper, user, ct) is not null;
        }
        Sections = OrderedSections(paper).Select(s => (s.Key, markdown.Render(s.Value))).ToList();
        return true;
    }

    // The template's order first, then sections the template does not know.
    private IEnumerable<KeyValuePair<string, string>> OrderedSections(Paper paper)
    {
        var type = city.FindPaperType(paper.Type);
        var template = renderer.Templates.FirstOrDefault(t => t.Name == (type?.Template ?? type?.Name));
        var order = (template?.Sections ?? []).ToList();
        return paper.Sections
            .Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .OrderBy(s => order.IndexOf(s.Key) is var i && i >= 0 ? i : int.MaxValue);
    }

    public PaperActionsView ActionsView => PaperActionsView.Of(Paper, Actions, $"/Drucksachen/{Paper.Id}", Entered, ErrorField, Error);
}
