using System.Text.RegularExpressions;
using Drucksachen.Documents.Meetings;
using Drucksachen.Documents.Templates;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Meetings;

/// <summary>Invitation and minutes of a meeting, read back from their PDFs; the public edition never shows a non-public item.</summary>
public sealed partial class MeetingRenderingTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    /// <summary>The text in the order it is drawn, which is reading order: a table's cells row by row.</summary>
    private string Text(byte[] pdf) => Collapse(_tools.Text(_tools.Save(pdf), "-raw"));

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Invitation_names_body_time_place_and_every_item_for_members()
    {
        var result = Renderers.Default.RenderInvitation(MeetingSamples.Committee());

        var text = Text(result.Pdf);
        Assert.Contains("Landeshauptstadt Erfurt", text);
        Assert.Contains("Einladung zur 11. Sitzung", text);
        Assert.Contains("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", text);
        Assert.Contains("Tag: Donnerstag, 03.11.2022", text);
        Assert.Contains("Beginn: 17:00 Uhr", text);
        Assert.Contains("Ort: Rathaus, Fischmarkt 1, Raum 225", text);
        Assert.True(text.IndexOf("Öffentlicher Teil", StringComparison.Ordinal) < text.IndexOf("Nichtöffentlicher Teil", StringComparison.Ordinal));
        Assert.Contains("1803/22 Informationsvorlage", text);
        Assert.Contains("Förderung der Schuldnerberatung 2023 – Tischvorlage", text);
        Assert.Contains("Verkauf des Grundstücks", text);
        Assert.Contains(MeetingSamples.SecretReference, text);
        Assert.Contains("Fassung für die Mitglieder", text);
        Assert.DoesNotContain("Dringlichkeit", text);
        Assert.DoesNotContain("Nachtrag", text);
        Assert.Equal("Einladung", result.TemplateName);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Public_invitation_names_a_non_public_item_only_by_number()
    {
        var members = Text(Renderers.Default.RenderInvitation(MeetingSamples.Committee()).Pdf);
        var result = Renderers.Default.RenderInvitation(MeetingSamples.Committee(MeetingEdition.Public));

        var text = Text(result.Pdf);
        Assert.Contains("N 1 nichtöffentlich", text);
        Assert.Contains("Nichtöffentlicher Teil", text);
        Assert.Contains("Zwischeninformation zum aktuellen Stand", text);
        Assert.DoesNotContain("Grundstück", text);
        Assert.DoesNotContain(MeetingSamples.SecretReference, text);
        Assert.Contains("Öffentliche Fassung", text);
        Assert.NotEqual(members, text);
        AssertNothingSecretInMetadata(result.Pdf);
    }

    [Fact]
    public void Public_edition_of_a_non_public_meeting_shows_no_item()
    {
        var meeting = MeetingSamples.Committee(MeetingEdition.Public) with { IsPublic = false };

        var text = Text(Renderers.Default.RenderInvitation(meeting).Pdf);

        Assert.Contains("Ö 3 nichtöffentlich", text);
        Assert.DoesNotContain("Sozialraumplanung", text);
        Assert.DoesNotContain("1803/22", text);
    }

    [Fact]
    public void Urgent_invitation_says_the_notice_period_was_shortened()
    {
        var text = Text(Renderers.Default.RenderInvitation(MeetingSamples.Committee() with { Urgent = true }).Pdf);

        Assert.Contains("Dringlichkeit: Die Einladung ergeht wegen Dringlichkeit unter Verkürzung der Ladungsfrist (§ 35 Abs. 2 ThürKO).", text);
    }

    [Fact]
    public void Supplement_is_headed_as_such_and_named_in_the_running_header()
    {
        var meeting = MeetingSamples.Committee() with
        {
            Supplement = 1,
            Agenda = [.. Enumerable.Range(1, 60).Select(i => new MeetingAgendaItem($"Ö {i}", true, $"Punkt {i} der Tagesordnung"))],
        };

        var result = Renderers.Default.RenderInvitation(meeting);

        var pages = _tools.Text(_tools.Save(result.Pdf)).Split('\f');
        Assert.Contains("1. Nachtrag zur Tagesordnung", Collapse(pages[0]));
        Assert.True(result.PageCount > 1, "the agenda should run onto a second page");
        Assert.Contains("Einladung SAG/011/2022, 1. Nachtrag", pages[1]);
        Assert.Contains($"Seite 2 von {result.PageCount}", pages[1]);
    }

    [Fact]
    public void Supplement_lists_the_items_added_those_taken_off_and_the_agenda_as_it_now_stands_each_edition_as_it_may()
    {
        MeetingDocument Supplement(MeetingEdition edition)
        {
            var meeting = MeetingSamples.Committee(edition);
            return meeting with
            {
                Supplement = 1,
                Agenda = [meeting.Agenda[3]],
                Withdrawn = [new MeetingAgendaItem("Ö 3", true, "Bericht zur Wohnungslosenhilfe", "1799/22", "Informationsvorlage"), meeting.Agenda[4]],
                CurrentAgenda = [.. meeting.Agenda.Where(i => i.Number != "Ö 3")],
            };
        }

        var members = Text(Renderers.Default.RenderInvitation(Supplement(MeetingEdition.Members)).Pdf);
        var result = Renderers.Default.RenderInvitation(Supplement(MeetingEdition.Public));
        var text = Text(result.Pdf);

        Assert.Contains("Neu auf der Tagesordnung Öffentlicher Teil TOP Gegenstand Vorlage Ö 4 Förderung der Schuldnerberatung 2023 – Tischvorlage", text);
        Assert.Contains("Von der Tagesordnung abgesetzt Nummern wie in der bisherigen Tagesordnung. Öffentlicher Teil TOP Gegenstand Vorlage Ö 3 Bericht zur Wohnungslosenhilfe 1799/22 Informationsvorlage Nichtöffentlicher Teil TOP Gegenstand Vorlage N 1 nichtöffentlich", text);
        Assert.Contains("Tagesordnung in der geänderten Fassung Öffentlicher Teil TOP Gegenstand Vorlage Ö 1", text);
        Assert.DoesNotContain("Grundstück", text);
        Assert.DoesNotContain(MeetingSamples.SecretReference, text);
        AssertNothingSecretInMetadata(result.Pdf);
        Assert.Contains($"Nichtöffentlicher Teil TOP Gegenstand Vorlage N 1 {MeetingSamples.SecretTitle}", members);
    }

    [Fact]
    public void Minutes_record_attendance_outcomes_votes_resolutions_and_signatures()
    {
        var result = Renderers.Default.RenderMinutes(MeetingSamples.Committee());

        var text = Text(result.Pdf);
        Assert.Contains("Niederschrift über die 11. Sitzung", text);
        Assert.Contains("Beginn: 17:00 Uhr", text);
        Assert.Contains("Ende: 19:15 Uhr", text);
        Assert.Contains("Anwesend: • Dr. Anna Beispiel (Vorsitz) • Carla Wagner", text);
        Assert.Contains("Entschuldigt: • Ingrid Lange", text);
        Assert.Contains("Abwesend (unentschuldigt): • Jörg Krause", text);
        Assert.Contains("Beschlussfähigkeit: 7 von 9 Mitgliedern anwesend", text);
        Assert.Contains("Ö 4 Förderung der Schuldnerberatung 2023 Vorlage: 1850/22 Beschlussvorlage – Tischvorlage", text);
        Assert.Contains("Ergebnis: geändert beschlossen Abstimmung: 7/1/1", text);
        Assert.Contains("Beschlusstext: Der Ausschuss beschließt: 1. Die Förderung wird um 10.000 EUR erhöht.", text);
        Assert.Contains("Bemerkung: Die Vorsitzende eröffnet die Sitzung um 17:00 Uhr.", text);
        Assert.Contains(MeetingSamples.SecretResolution, text);
        Assert.Matches("Dr. Anna Beispiel Vorsitz .*Bernd Muster Schriftführung|Dr. Anna Beispiel Bernd Muster Vorsitz Schriftführung", text);
        Assert.Equal("Niederschrift", result.TemplateName);
    }

    [Fact]
    public void Public_minutes_leave_out_the_non_public_part_but_its_numbers()
    {
        var members = Text(Renderers.Default.RenderMinutes(MeetingSamples.Committee()).Pdf);
        var result = Renderers.Default.RenderMinutes(MeetingSamples.Committee(MeetingEdition.Public));

        var text = Text(result.Pdf);
        Assert.Contains("N 1 nichtöffentlich", text);
        Assert.Contains("Ergebnis: zur Kenntnis genommen", text);
        Assert.DoesNotContain("Grundstück", text);
        Assert.DoesNotContain(MeetingSamples.SecretReference, text);
        Assert.DoesNotContain(MeetingSamples.SecretResolution, text);
        Assert.DoesNotContain("Muster GmbH", text);
        Assert.Contains(MeetingSamples.SecretResolution, members);
        AssertNothingSecretInMetadata(result.Pdf);
    }

    [Fact]
    public void Meeting_documents_are_tagged_archival_pdfs_in_both_editions()
    {
        foreach (var edition in new[] { MeetingEdition.Members, MeetingEdition.Public })
        {
            var meeting = MeetingSamples.Committee(edition) with { Urgent = true, Supplement = 2 };
            foreach (var pdf in new[] { Renderers.Default.RenderInvitation(meeting).Pdf, Renderers.Default.RenderMinutes(meeting).Pdf })
            {
                using var checker = new TaggedPdfChecker(pdf);
                Assert.Equal("", string.Join("\n", checker.Problems()));
                Assert.StartsWith("Document(P,H1,P,", checker.Outline());
                var (exitCode, output) = _tools.Run("qpdf", "--check", _tools.Save(pdf, "check.pdf"));
                Assert.Equal(0, exitCode);
                Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Equal_meetings_give_equal_files_and_another_issue_date_another()
    {
        var meeting = MeetingSamples.Committee();

        var first = Renderers.Default.RenderMinutes(meeting).Pdf;
        var second = Renderers.Default.RenderMinutes(MeetingSamples.Committee()).Pdf;
        var later = Renderers.Default.RenderMinutes(meeting with { Issued = new DateOnly(2022, 11, 10) }).Pdf;

        Assert.Equal(first, second);
        Assert.NotEqual(first, later);
    }

    [Fact]
    public void Public_edition_files_do_not_change_with_a_non_public_item_they_do_not_show()
    {
        var meeting = MeetingSamples.Committee(MeetingEdition.Public);
        var changed = meeting with
        {
            Agenda = [.. meeting.Agenda.Select(i => i.IsPublic ? i : i with { Title = "Anderer Titel", ResolutionText = "Anders." })],
        };

        Assert.Equal(Renderers.Default.RenderInvitation(meeting).Pdf, Renderers.Default.RenderInvitation(changed).Pdf);
        Assert.Equal(Renderers.Default.RenderMinutes(meeting).Pdf, Renderers.Default.RenderMinutes(changed).Pdf);
    }

    [Fact]
    public void A_templates_folder_without_meeting_templates_still_renders_papers_and_names_what_is_missing()
    {
        var folder = Directory.CreateTempSubdirectory("drucksachen-templates-").FullName;
        try
        {
            File.Copy(Path.Combine(Samples.TemplatesPath, "Informationsvorlage.md"), Path.Combine(folder, "Informationsvorlage.md"));
            var renderer = new DocumentRenderer(new DocumentOptions { TemplatesPath = folder });

            Assert.True(renderer.Render(Samples.Paper1803()).PageCount > 0);
            var error = Assert.Throws<TemplateException>(() => renderer.RenderInvitation(MeetingSamples.Committee()));
            Assert.Contains("document: invitation", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Meeting_templates_are_not_paper_types()
    {
        var names = Renderers.Default.Templates.Select(t => t.Name).ToList();

        Assert.Contains("Informationsvorlage", names);
        Assert.DoesNotContain("Einladung", names);
        Assert.DoesNotContain("Niederschrift", names);
    }

    private static void AssertNothingSecretInMetadata(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var info = document.Information;
        foreach (var value in new[] { info.Title, info.Subject, info.Keywords, info.Author })
        {
            Assert.DoesNotContain("Grundstück", value ?? "");
            Assert.DoesNotContain(MeetingSamples.SecretReference, value ?? "");
        }
        if (document.TryGetBookmarks(out var bookmarks))
            Assert.DoesNotContain(bookmarks.GetNodes(), b => b.Title.Contains("Grundstück", StringComparison.Ordinal));
    }
}
