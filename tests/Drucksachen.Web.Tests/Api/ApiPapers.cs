namespace Drucksachen.Web.Tests.Api;

/// <summary>Papers for API tests: Markdown with front matter, meetings in 2030 so no release deadline falls due.</summary>
public static class ApiPapers
{
    /// <summary>A decision paper of the Jugendamt, co-signed by the Amt für Soziales (author schmidt, co-signer mueller).</summary>
    /// <param name="title">Give each test its own, so searches find only its paper.</param>
    /// <param name="isPublic">Whether the public may see it once released.</param>
    /// <param name="consultations">YAML list items of the advisory sequence.</param>
    /// <param name="sachverhalt">The Sachverhalt's text; by default one line naming the title.</param>
    public static string Beschlussvorlage(string title, bool isPublic = true, string? consultations = null, string? sachverhalt = null) => $"""
        ---
        type: Beschlussvorlage
        title: {title}
        lead: Jugendamt
        author: schmidt
        date: 2030-01-10
        public: {(isPublic ? "true" : "false")}
        cosigners: [Amt für Soziales]
        consultations:
        {consultations ?? PublicSequence}
        ---
        ## Sachverhalt

        {sachverhalt ?? $"Im Erfurter Norden fehlen 120 Betreuungsplätze ({title})."}

        ## Beschlussvorschlag

        Der Stadtrat beschließt den Neubau einer Kindertagesstätte.
        """;

    /// <summary>Jugendhilfeausschuss, then Stadtrat decides.</summary>
    public const string PublicSequence = """
          - body: Jugendhilfeausschuss
            date: 07.02.2030
            role: Vorberatung
          - body: Stadtrat
            date: 20.02.2030
            role: Entscheidung
        """;

    /// <summary>Only the Jugendhilfeausschuss, in a closed session, decides.</summary>
    public const string JugendhilfeOnly = """
          - body: Jugendhilfeausschuss
            date: 07.02.2030
            role: Entscheidung
        """;

    /// <summary>Front matter that is not YAML: the quoted title on line 3 is never closed.</summary>
    public const string MalformedFrontMatter = """
        ---
        type: Beschlussvorlage
        title: "Neubau einer Kindertagesstätte
        lead: Jugendamt
        author: schmidt
        ---
        ## Sachverhalt

        Text.
        """;
}
