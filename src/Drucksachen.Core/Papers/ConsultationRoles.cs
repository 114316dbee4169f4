namespace Drucksachen.Core.Papers;

/// <summary>German names of <see cref="ConsultationRole"/>, as written in papers and front matter.</summary>
public static class ConsultationRoles
{
    private static readonly (ConsultationRole Role, string German)[] Names =
    [
        (ConsultationRole.Noting, "Kenntnisnahme"),
        (ConsultationRole.Preliminary, "Vorberatung"),
        (ConsultationRole.Hearing, "Anhörung"),
        (ConsultationRole.Decision, "Entscheidung"),
    ];

    public static string German(ConsultationRole role) => Names.First(n => n.Role == role).German;

    /// <summary>Accepts the German name or the English enum name, case-insensitively.</summary>
    public static bool TryParse(string text, out ConsultationRole role)
    {
        foreach (var (r, german) in Names)
        {
            if (string.Equals(text, german, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, r.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    public static string Known => string.Join(", ", Names.Select(n => n.German));
}
