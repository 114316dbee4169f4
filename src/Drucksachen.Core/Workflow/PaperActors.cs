using Drucksachen.Core.Users;
using Drucksachen.Core.Papers;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Workflow;

/// <summary>
/// Turns a user into a workflow actor for one paper. Roles that depend on the paper are decided
/// here: only authors of the lead office act as "author" of a paper, and only members of an
/// involved office act as "cosigner" (and may sign only for their own office).
/// </summary>
public static class PaperActors
{
    /// <summary>The role of a member of an office that co-signs the paper.</summary>
    public const string Cosigner = "cosigner";

    public static Actor For(UserProfile user, Paper paper)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in user.Roles)
        {
            if (role == UserRoles.Author && !SameOffice(user.Office, paper.LeadOffice)) continue;
            roles.Add(role);
        }
        var groups = new HashSet<string>(StringComparer.Ordinal);
        if (user.Office is { } office)
        {
            groups.Add(office);
            if (paper.Cosigners.Any(c => SameOffice(c, office))) roles.Add(Cosigner);
        }
        return new Actor(user.Id, roles, groups);
    }

    private static bool SameOffice(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
