namespace Drucksachen.Documents.Templates;

/// <summary>Literal Markdown, or a placeholder when <see cref="Placeholder"/> is set.</summary>
internal sealed record TemplateSegment(string Text, string? Placeholder, int Line);
