namespace Drucksachen.Testing;

/// <summary>Users of the shipped Erfurt configuration (src/Drucksachen.Cli/appsettings.json).</summary>
public static class DemoUsers
{
    /// <summary>Author in the Amt für Soziales.</summary>
    public const string Mueller = "mueller";
    /// <summary>Author in the Jugendamt.</summary>
    public const string Schmidt = "schmidt";
    /// <summary>Author in the Amt für Bildung.</summary>
    public const string Wagner = "wagner";
    /// <summary>Approver (head of department).</summary>
    public const string Approver = "horn";
    /// <summary>Committee clerk.</summary>
    public const string Clerk = "krause";
    /// <summary>Author in the Fraktion im Stadtrat, an office no test paper involves.</summary>
    public const string Fischer = "fischer";
}

/// <summary>Offices of the shipped configuration.</summary>
public static class Offices
{
    public const string Soziales = "Amt für Soziales";
    public const string Jugendamt = "Jugendamt";
    public const string Bildung = "Amt für Bildung";
}
