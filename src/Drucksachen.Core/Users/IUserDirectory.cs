namespace Drucksachen.Core.Users;

/// <summary>Where users are kept.</summary>
public interface IUserDirectory
{
    Task<UserProfile?> FindAsync(string id, CancellationToken ct);

    Task<IReadOnlyList<UserProfile>> ListAsync(CancellationToken ct);
}
