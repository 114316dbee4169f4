namespace Drucksachen.Persistence.Accounts;

/// <summary>A token just made: <see cref="Secret"/> is what scripts send, shown this once and stored only as a hash.</summary>
public sealed record IssuedApiToken(ApiToken Token, string Secret);
