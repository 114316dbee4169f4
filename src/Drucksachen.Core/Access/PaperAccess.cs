using System.Linq.Expressions;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Access;

/// <summary>
/// Who may see a paper at all: its title, text, PDFs, history and its hits in lists, searches and
/// counts. One rule, used as a query filter everywhere and compiled once for single papers, so that
/// no route can show more than another.
/// <list type="bullet">
/// <item>Everyone, anonymous included: released public papers.</item>
/// <item>Council members: also released non-public papers that one of their bodies consults.</item>
/// <item>Authors: also every paper their office leads or co-signs, drafts included.</item>
/// <item>Approvers, clerks and admins: every paper.</item>
/// </list>
/// </summary>
public static class PaperAccess
{
    private static readonly Expression<Func<Paper, Scope, bool>> Rule = (p, scope) =>
        (p.ReleasedAt != null && (p.IsPublic || p.Consultations.Any(c => scope.Bodies.Contains(c.Body))))
        || (scope.Office != null && (p.LeadOffice == scope.Office || p.Cosigners.Contains(scope.Office)));

    private static readonly Func<Paper, Scope, bool> CompiledRule = Rule.Compile();

    // The rule for an empty scope, spelt out so that public lists need no subquery.
    private static readonly Expression<Func<Paper, bool>> Public = p => p.ReleasedAt != null && p.IsPublic;

    public static Expression<Func<Paper, bool>> VisibleTo(UserProfile? user)
    {
        if (SeesEverything(user)) return p => true;
        if (ScopeOf(user) is not { } scope) return Public;
        var bound = new Bind(Rule.Parameters[1], Expression.Constant(scope)).Visit(Rule.Body);
        return Expression.Lambda<Func<Paper, bool>>(bound, Rule.Parameters[0]);
    }

    /// <summary>
    /// Whether <paramref name="user"/> (null: anonymous) sees released public papers and nothing
    /// else, so that what is done for them need not touch any other paper.
    /// </summary>
    public static bool SeesPublicOnly(UserProfile? user) => !SeesEverything(user) && ScopeOf(user) is null;

    public static bool CanSee(UserProfile? user, Paper paper) =>
        SeesEverything(user) || CompiledRule(paper, ScopeOf(user) ?? Scope.Empty);

    /// <summary>
    /// The paper if <paramref name="user"/> may see it; otherwise the same "no paper" error as for
    /// a paper that does not exist, so no use case tells a hidden paper from a missing one.
    /// </summary>
    public static Paper Require(UserProfile? user, Paper? paper, string reference) =>
        paper is not null && CanSee(user, paper) ? paper : throw PaperErrors.NotFound(reference);

    /// <summary>
    /// Whether <paramref name="user"/> sees the paper's whole history (who did what, co-signing,
    /// comments, states): staff who work on it, that is authors of its lead or co-signing offices,
    /// approvers, clerks and admins. Everyone else sees only its public course (<see cref="History.PublicHistory"/>).
    /// </summary>
    public static bool SeesInternalHistory(UserProfile? user, Paper paper) =>
        SeesEverything(user)
        || (user is { Office: { } office } && user.Has(UserRoles.Author)
            && (SameOffice(paper.LeadOffice, office) || paper.Cosigners.Any(c => SameOffice(c, office))));

    /// <summary>Released public papers: what everyone may see, and what a shared cache may keep.</summary>
    public static bool IsPublic(Paper paper) => paper.ReleasedAt != null && paper.IsPublic;

    private static bool SameOffice(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Staff (approvers, clerks, admins), who see every paper; meetings use the same rule for their non-public parts.</summary>
    public static bool SeesEverything(UserProfile? user) =>
        user is not null && (user.Has(UserRoles.Admin) || user.Has(UserRoles.Clerk) || user.Has(UserRoles.Approver));

    private static Scope? ScopeOf(UserProfile? user)
    {
        var bodies = user is not null && user.Has(UserRoles.Council) ? user.Bodies.ToList() : [];
        var office = user is not null && user.Has(UserRoles.Author) ? user.Office : null;
        return bodies.Count == 0 && office is null ? null : new Scope(bodies, office);
    }

    /// <summary>What, beyond public papers, a user sees through their bodies and office.</summary>
    private sealed record Scope(List<string> Bodies, string? Office)
    {
        public static Scope Empty { get; } = new([], null);
    }

    private sealed class Bind(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
