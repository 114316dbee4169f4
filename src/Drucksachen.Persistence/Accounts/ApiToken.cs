namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// A token a user's scripts send instead of a password. Only its SHA-256 is stored; the token itself
/// is shown once, when it is made.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>What the user called it, e.g. "Import aus dem Ratsinformationssystem".</summary>
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
