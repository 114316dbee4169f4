namespace Drucksachen.Documents;

public enum LayoutProblemKind
{
    /// <summary>An image file was not found or not readable; a placeholder text was set instead.</summary>
    MissingImage,

    /// <summary>A word was wider than its line and was broken between letters.</summary>
    WordTooLong,

    /// <summary>A table did not fit the page width; it was set smaller and its cells wrapped.</summary>
    TableTooWide,
}
