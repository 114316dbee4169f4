using Drucksachen.Documents.Meetings;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>The committee meeting of 03.11.2022 with 1803/22 on its agenda, a late paper and a non-public item.</summary>
public static class MeetingSamples
{
    public const string SecretTitle = "Verkauf des Grundstücks Gemarkung Erfurt-Nord, Flur 7, Flurstück 112/3";
    public const string SecretReference = "1877/22";
    public const string SecretResolution = "Der Ausschuss stimmt dem Verkauf an die Wohnungsbaugesellschaft zu.";

    public static MeetingDocument Committee(MeetingEdition edition = MeetingEdition.Members) => new(
        Letterhead: "Landeshauptstadt Erfurt",
        Body: "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung",
        Number: "SAG/011/2022",
        Ordinal: 11,
        Date: new DateOnly(2022, 11, 3),
        Start: new TimeOnly(17, 0),
        End: new TimeOnly(19, 15),
        Location: "Rathaus, Fischmarkt 1, Raum 225",
        IsPublic: true,
        Edition: edition,
        Issued: new DateOnly(2022, 10, 27),
        Agenda:
        [
            new MeetingAgendaItem("Ö 1", true, "Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit",
                Outcome: "festgestellt", Note: "Die Vorsitzende eröffnet die Sitzung um 17:00 Uhr."),
            new MeetingAgendaItem("Ö 2", true, "Genehmigung der Niederschrift der Sitzung vom 06.10.2022",
                Outcome: "genehmigt", Vote: "einstimmig"),
            new MeetingAgendaItem("Ö 3", true,
                "Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt",
                PaperReference: "1803/22", PaperKind: "Informationsvorlage", Outcome: "zur Kenntnis genommen"),
            new MeetingAgendaItem("Ö 4", true, "Förderung der Schuldnerberatung 2023", PaperReference: "1850/22",
                PaperKind: "Beschlussvorlage", Marking: "Tischvorlage", Outcome: "geändert beschlossen", Vote: "7/1/1",
                ResolutionText: "Der Ausschuss beschließt:\n\n1. Die Förderung wird um 10.000 EUR erhöht.\n2. Die Verwaltung berichtet im Juni 2023."),
            new MeetingAgendaItem("N 1", false, SecretTitle, PaperReference: SecretReference, PaperKind: "Beschlussvorlage",
                Outcome: "beschlossen", Vote: "einstimmig", ResolutionText: SecretResolution, Note: "Bieterin: Muster GmbH"),
            new MeetingAgendaItem("Ö 5", true, "Mitteilungen der Verwaltung"),
        ],
        Chair: "Dr. Anna Beispiel",
        MinuteTaker: "Bernd Muster",
        Attendance: new MeetingAttendance(
            Present: ["Dr. Anna Beispiel (Vorsitz)", "Carla Wagner", "Dieter Schulz", "Eva Koch", "Frank Richter", "Gisela Wolf", "Hans Braun"],
            Excused: ["Ingrid Lange"],
            Absent: ["Jörg Krause"],
            Quorum: "Beschlussfähigkeit: 7 von 9 Mitgliedern anwesend"));
}
