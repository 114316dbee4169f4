using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Import;

/// <summary>A paper read from a Markdown file, ready to be stored.</summary>
/// <param name="Content">The paper's content.</param>
/// <param name="Number">The number an imported historical paper brings along, if any.</param>
/// <param name="Source">Where it was read from, for messages.</param>
public sealed record ImportedPaper(PaperContent Content, string? Number, string Source);
