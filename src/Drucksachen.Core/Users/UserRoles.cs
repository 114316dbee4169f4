namespace Drucksachen.Core.Users;

/// <summary>The roles a user can hold. Workflows in workflows/ name them in their actions.</summary>
public static class UserRoles
{
    /// <summary>Drafts papers for their office (Fachamt).</summary>
    public const string Author = "author";
    /// <summary>Releases papers (head of department, mayor's office).</summary>
    public const string Approver = "approver";
    /// <summary>Committee clerk (Sitzungsdienst): records outcomes.</summary>
    public const string Clerk = "clerk";
    /// <summary>Council member: reads the non-public papers of their bodies.</summary>
    public const string Council = "council";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Author, Approver, Clerk, Council, Admin];
}
