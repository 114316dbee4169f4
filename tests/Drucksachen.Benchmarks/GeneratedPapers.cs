using System.Globalization;
using System.Text;

namespace Drucksachen.Benchmarks;

/// <summary>Markdown papers with front matter, varied enough to look like a year of a city's output.</summary>
public static class GeneratedPapers
{
    private static readonly string[] Bodies =
    [
        "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "Haupt- und Finanzausschuss", "Jugendhilfeausschuss",
        "Ausschuss für Bildung und Sport", "Bau- und Verkehrsausschuss",
    ];

    public static string Markdown(int i, bool withCosigner = false)
    {
        var meeting = new DateOnly(2030, 1, 7).AddDays(i % 300);
        var text = new StringBuilder(1024);
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            type: Informationsvorlage
            title: Information Nr. {i} zum Stand der Sozialraumplanung im Ortsteil {i % 53}
            lead: Amt für Soziales
            author: mueller
            date: {meeting.AddDays(-14):yyyy-MM-dd}
            public: {(i % 5 == 0 ? "false" : "true")}
            signature: gez. i.V. Horn
            cosigners: [{(withCosigner ? "Jugendamt" : "")}]
            consultations:
              - body: Dienstberatung OB
                date: {meeting.AddDays(-7):yyyy-MM-dd}
              - body: {Bodies[i % Bodies.Length]}
                date: {meeting:yyyy-MM-dd}
            ---
            ## Sachverhalt

            Mit dem Stadtratsbeschluss 0966/21 wurde der Prozess der integrierten Sozialraumplanung erneuert.
            Die Verwaltung informiert über den Planungsstand im Ortsteil {i % 53} und gibt einen Ausblick.

            - Amt für Soziales,
            - Jugendamt,
            - Amt für Bildung.

            """);
        return text.ToString();
    }
}
