using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Accounts;

/// <summary>
/// Makes, lists, revokes and checks a user's API tokens. A token is "dst_" and 32 random bytes
/// (base64url); the table keeps its SHA-256, so a leaked database does not leak usable tokens.
/// </summary>
public sealed class ApiTokenStore(IDbContextFactory<DrucksachenDbContext> contexts, TimeProvider clock)
{
    private const string Prefix = "dst_";

    /// <summary>Makes a token for the user with login name <paramref name="userName"/>.</summary>
    public async Task<IssuedApiToken> IssueAsync(string userName, string name, CancellationToken ct)
    {
        InputText.Check(name, "name", InputLimits.TokenNameChars);
        if (string.IsNullOrWhiteSpace(name))
            throw new InputException(null, null, "name", "give the token a name, e.g. \"Import aus dem Ratsinformationssystem\"",
                new ErrorText("required"));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var userId = await UserIdAsync(db, userName, ct);
        var secret = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.NewGuid(), UserId = userId, Name = name.Trim(), Hash = Hash(secret), CreatedAt = clock.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new IssuedApiToken(token, secret);
    }

    /// <summary>The user's tokens, revoked ones included, oldest first.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userName, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var userId = await UserIdAsync(db, userName, ct);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return tokens.OrderBy(t => t.CreatedAt).ToList();
    }

    /// <summary>Revokes one of the user's tokens; revoking it again changes nothing.</summary>
    public async Task<ApiToken> RevokeAsync(string userName, Guid tokenId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var userId = await UserIdAsync(db, userName, ct);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct)
            ?? throw new DrucksachenException(ErrorKind.NotFound, $"{userName} has no API token '{tokenId}'");
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return token;
    }

    /// <summary>The account a token belongs to, or null if the token is unknown or revoked.</summary>
    public async Task<DrucksachenUser?> FindUserAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var hash = Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (from t in db.ApiTokens
                      join u in db.Users on t.UserId equals u.Id
                      where t.Hash == hash && t.RevokedAt == null
                      select u).AsNoTracking().FirstOrDefaultAsync(ct);
    }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes, as stored in ApiTokens.Hash.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static async Task<string> UserIdAsync(DrucksachenDbContext db, string userName, CancellationToken ct)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct)
            ?? throw new DrucksachenException(ErrorKind.NotFound, $"unknown user '{userName}'");
    }
}
