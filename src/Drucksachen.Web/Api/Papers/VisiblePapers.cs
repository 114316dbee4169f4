using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Web.Api.Papers;

/// <summary>
/// Finds a paper for a caller, or answers "no paper" (404) exactly as if it did not exist when the
/// caller may not see it (<see cref="PaperAccess"/>), and with the same work, so no route tells a
/// hidden paper from a missing one.
/// </summary>
public sealed class VisiblePapers(IPaperReads store)
{
    /// <param name="reference">Id, its first eight digits, or number; in URLs the number's "/" may be written "-" (1803-22).</param>
    /// <param name="caller">The caller, null when anonymous.</param>
    /// <param name="ct">Cancels the lookup.</param>
    public async Task<Paper> GetAsync(string reference, UserProfile? caller, CancellationToken ct)
    {
        var text = Uri.UnescapeDataString(reference).Trim();
        var paper = await store.FindVisibleAsync(text, caller, ct);
        if (paper is null && text.Contains('-')) paper = await store.FindVisibleAsync(text.Replace('-', '/'), caller, ct);
        return PaperAccess.Require(caller, paper, text);
    }
}
