namespace Drucksachen.Core.Configuration;

/// <summary>A user known to the installation.</summary>
public sealed class UserOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>author, approver, clerk, council, admin.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The office the user works in (authors, approvers).</summary>
    public string? Office { get; set; }

    /// <summary>Keys of the bodies a council member sits on.</summary>
    public List<string> Bodies { get; set; } = [];

    /// <summary>Initial password for signing in to the web application; none: the account cannot sign in yet.</summary>
    public string? Password { get; set; }
}
