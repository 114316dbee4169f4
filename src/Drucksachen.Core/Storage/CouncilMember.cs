using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>A council member: public as a holder of office; only the name and the bodies.</summary>
/// <param name="Key">The account's internal, stable key (not the login name).</param>
/// <param name="Login">The login name, as attendance records the member; never published.</param>
public sealed record CouncilMember(string Key, string Name, IReadOnlyList<string> Bodies, string Login);
