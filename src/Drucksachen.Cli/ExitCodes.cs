using Drucksachen.Core.Errors;

namespace Drucksachen.Cli;

/// <summary>The exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>`verify` found a history entry that does not match.</summary>
    public const int VerificationFailed = 1;
    public const int BadInput = 2;
    public const int NotFound = 3;
    public const int ConflictOrNotAllowed = 4;
    /// <summary>A defect in the program (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;

    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.BadInput => BadInput,
        ErrorKind.NotFound => NotFound,
        _ => ConflictOrNotAllowed,
    };
}
