using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Tests.Support;

internal static class Actors
{
    public static readonly Actor Author = With("author", "author");
    public static readonly Actor Approver = With("approver", "approver");
    public static readonly Actor Clerk = With("clerk", "clerk");

    public static Actor With(string id, params string[] roles) => new(id, roles.ToHashSet(), new HashSet<string>());

    public static Actor Cosigner(string id, params string[] offices) => new(id, new HashSet<string> { "cosigner" }, offices.ToHashSet());
}
