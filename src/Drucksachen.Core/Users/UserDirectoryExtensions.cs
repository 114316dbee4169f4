using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Users;

public static class UserDirectoryExtensions
{
    public static async Task<UserProfile> GetAsync(this IUserDirectory users, string id, CancellationToken ct) =>
        await users.FindAsync(id, ct) ?? throw new DrucksachenException(ErrorKind.NotFound, $"unknown user '{id}'");
}
