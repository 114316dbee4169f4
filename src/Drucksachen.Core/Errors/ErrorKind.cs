namespace Drucksachen.Core.Errors;

public enum ErrorKind
{
    /// <summary>The input is malformed or names something that does not exist in configuration.</summary>
    BadInput,
    NotFound,
    /// <summary>Someone else changed the paper meanwhile; reload and try again.</summary>
    Conflict,
    /// <summary>The action exists but this user, role or state may not take it.</summary>
    NotAllowed,
}
