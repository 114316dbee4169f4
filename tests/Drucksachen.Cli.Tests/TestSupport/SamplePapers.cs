namespace Drucksachen.Cli.Tests.TestSupport;

/// <summary>Markdown papers with front matter, as offices hand them in (Erfurt configuration).</summary>
public static class SamplePapers
{
    public const string KitaTitle = "Neubau einer Kindertagesstätte in Erfurt-Nord";

    /// <summary>A valid decision paper; its first committee (Jugendhilfeausschuss) meets 03.11.2022.</summary>
    public const string Beschlussvorlage = """
        ---
        type: Beschlussvorlage
        title: Neubau einer Kindertagesstätte in Erfurt-Nord
        lead: Jugendamt
        author: schmidt
        date: 2022-10-10
        public: true
        cosigners: [Amt für Soziales]
        consultations:
          - body: Jugendhilfeausschuss
            date: 03.11.2022
            role: Vorberatung
          - body: Stadtrat
            date: 16.11.2022
            role: Entscheidung
        ---
        ## Sachverhalt

        Im Erfurter Norden fehlen 120 Betreuungsplätze.

        ## Beschlussvorschlag

        Der Stadtrat beschließt den Neubau einer Kindertagesstätte.

        ## Begründung

        Der Bedarf ist in der Kita-Bedarfsplanung 2022 ausgewiesen.
        """;

    public const string AntragTitle = "Mehr Sitzbänke am Petersberg";

    /// <summary>A valid motion of a party group.</summary>
    public const string Antrag = """
        ---
        type: Antrag
        title: Mehr Sitzbänke am Petersberg
        lead: Fraktion im Stadtrat
        author: fischer
        date: 2022-10-11
        consultations:
          - body: Bau- und Verkehrsausschuss
            date: 10.11.2022
            role: Vorberatung
          - body: Stadtrat
            date: 16.11.2022
            role: Entscheidung
        ---
        ## Sachverhalt

        Die Stadtverwaltung wird beauftragt, zehn Sitzbänke aufzustellen.
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

    /// <summary>The line of <see cref="MalformedFrontMatter"/> the error is reported at.</summary>
    public const int MalformedLine = 3;
}
