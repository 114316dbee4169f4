namespace Drucksachen.Core.Errors;

/// <summary>
/// What went wrong as a key and its values (e.g. <c>not-a-date</c>, "31.02.2026"), so that an edge
/// can word the error in its users' language: the web application in German, with the field named
/// as its form labels it. The exception's English message stays for the CLI and the API.
/// </summary>
public sealed record ErrorText(string Key, params string[] Values);
