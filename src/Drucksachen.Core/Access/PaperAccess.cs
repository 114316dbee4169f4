using System.Linq.Expressions;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Access;

/// <summary>
/// Who may see a paper at all: its title, text, PDFs, history and its hits in lists, searches and
/// counts. One rule, used as a query filter everywhere, so that no route can show more than another.
/// <list type="bullet">
/// <item>Everyone, anonymous included: released public papers.</item>
/// <item>Council members: also released non-public papers that one of their bodies consults.</item>
/// <item>Authors: also every paper their office leads or co-signs, drafts included.</item>
/// <item>Approvers, clerks and admins: every paper.</item>
/// </list>
/// </summary>
public static class PaperAccess
{
    public static Expression<Func<Paper, bool>> VisibleTo(UserProfile? user)
    {
        if (user is null) return p => p.ReleasedAt != null && p.IsPublic;
        if (user.Has(UserRoles.Admin) || user.Has(UserRoles.Clerk) || user.Has(UserRoles.Approver)) return p => true;

        var bodies = user.Has(UserRoles.Council) ? user.Bodies.ToList() : [];
        var office = user.Has(UserRoles.Author) ? user.Office : null;
        return p => (p.ReleasedAt != null && (p.IsPublic || p.Consultations.Any(c => bodies.Contains(c.Body))))
                    || (office != null && (p.LeadOffice == office || p.Cosigners.Contains(office)));
    }

    public static bool CanSee(UserProfile? user, Paper paper) => VisibleTo(user).Compile()(paper);
}
