using Drucksachen.Core.Reading;
using Drucksachen.Core.Users;

namespace Drucksachen.Web.Features.Accounts;

/// <summary>Which entries of the main navigation the signed-in user can use; none lead to an always empty page.</summary>
public sealed class Menu(ReadPapers read)
{
    public async Task<MenuEntries> ForAsync(UserProfile user, CancellationToken ct) => new(
        Bodies: user.Has(UserRoles.Council) && user.Bodies.Count > 0,
        Tasks: await read.MayActAsync(user, ct),
        Drafts: user.Has(UserRoles.Author),
        // The Fachämter co-sign; anyone else whose office is asked finds it under "Meine Aufgaben".
        Cosigning: user.Has(UserRoles.Author) && user.Office is not null,
        Release: user.Has(UserRoles.Approver),
        Clerk: user.Has(UserRoles.Clerk),
        Accounts: user.Has(UserRoles.Admin));
}

/// <summary>The navigation entries to show: the council member's bodies, "Meine Aufgaben", drafts, co-signing, release, committee service, accounts.</summary>
public sealed record MenuEntries(bool Bodies, bool Tasks, bool Drafts, bool Cosigning, bool Release, bool Clerk, bool Accounts);
