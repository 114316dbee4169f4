namespace Drucksachen.Documents.Templates;

/// <summary>What a template makes, from its front matter key <c>document</c>: the placeholders it may use follow from it.</summary>
public enum TemplateKind
{
    /// <summary>A paper of one type (<c>document: paper</c>, the default).</summary>
    Paper,

    /// <summary>The invitation to a meeting with its agenda (<c>document: invitation</c>).</summary>
    Invitation,

    /// <summary>The minutes of a meeting (<c>document: minutes</c>).</summary>
    Minutes,
}
