namespace Drucksachen.Documents;

/// <summary>
/// Which link targets a paper may carry into a page or a PDF: http(s), mail and relative links.
/// Anything else (javascript:, data:, file:) would run or open something the reader did not ask for.
/// </summary>
public static class LinkTargets
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        // No scheme before the first path, query or fragment character: a relative link.
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        return AllowedSchemes.Contains(url[..colon].Trim().ToLowerInvariant());
    }
}
