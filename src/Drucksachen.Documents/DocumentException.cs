namespace Drucksachen.Documents;

/// <summary>
/// The document layer cannot work as configured (a template is broken, a font is missing). The
/// message names the file and what to do; hosts show it as one line.
/// </summary>
public abstract class DocumentException(string message, Exception? inner = null) : Exception(message, inner);
