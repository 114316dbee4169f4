using Drucksachen.Core.Errors;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Import;

/// <summary>Every problem in a paper file is reported with the file, the line and the field to fix.</summary>
public class MarkdownPaperReaderTests
{
    private const string File = "vorlagen/1803-22.md";

    private static readonly MarkdownPaperReader Reader = new(new Configuration.City(TestProduct.ShippedOptions().City));

    /// <summary>A valid paper; line numbers in the tests refer to this layout.</summary>
    private static string[] Lines() =>
    [
        /*  1 */ "---",
        /*  2 */ "type: Informationsvorlage",
        /*  3 */ "title: Zwischeninformation zur Sozialraumplanung",
        /*  4 */ "lead: Amt für Soziales",
        /*  5 */ "author: mueller",
        /*  6 */ "date: 2022-10-20",
        /*  7 */ "cosigners: [Jugendamt]",
        /*  8 */ "consultations:",
        /*  9 */ "  - body: Dienstberatung OB",
        /* 10 */ "    date: 20.10.2022",
        /* 11 */ "    public: false",
        /* 12 */ "  - body: Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung",
        /* 13 */ "    date: 03.11.2022",
        /* 14 */ "---",
        /* 15 */ "## Sachverhalt",
        /* 16 */ "",
        /* 17 */ "Die Verwaltung informiert.",
        /* 18 */ "",
        /* 19 */ "## Finanzielle Auswirkungen",
        /* 20 */ "",
        /* 21 */ "Keine.",
    ];

    private static string Text(Action<List<string>>? change = null)
    {
        var lines = Lines().ToList();
        change?.Invoke(lines);
        return string.Join('\n', lines) + "\n";
    }

    private static InputException Fails(string text)
    {
        var e = Assert.Throws<InputException>(() => Reader.Read(text, File));
        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Equal(File, e.File);
        Assert.StartsWith($"{File}:{e.Line}: ", e.Message);
        return e;
    }

    [Fact]
    public void Read_ValidPaper_ReadsEveryField()
    {
        var paper = Reader.Read(Text(), File);

        var c = paper.Content;
        Assert.Null(paper.Number);
        Assert.Equal(File, paper.Source);
        Assert.Equal(("Informationsvorlage", "Zwischeninformation zur Sozialraumplanung", "Amt für Soziales", "mueller", new DateOnly(2022, 10, 20), true),
            (c.Type, c.Title, c.LeadOffice, c.Author, c.Date, c.IsPublic));
        Assert.Equal(["Jugendamt"], c.Cosigners);
        Assert.Equal([("dbob", new DateOnly(2022, 10, 20), false), ("sag", new DateOnly(2022, 11, 3), true)],
            c.Consultations.Select(x => (x.Body, x.Date, x.IsPublic)));
        Assert.All(c.Consultations, x => Assert.Equal(ConsultationRole.Noting, x.Role));
        Assert.Equal(new Dictionary<string, string> { ["sachverhalt"] = "Die Verwaltung informiert.", ["finanzielle_auswirkungen"] = "Keine." },
            c.Sections);
    }

    [Fact]
    public void Read_TheShippedSample_Reads1803Of22()
    {
        var paper = Reader.Read(System.IO.File.ReadAllText(Repository.SamplePaper), Repository.SamplePaper);
        Assert.Equal("1803/22", paper.Number);
        Assert.StartsWith("Mit dem Stadtratsbeschluss 0966/21", paper.Content.Sections["sachverhalt"]);
    }

    [Fact]
    public void Read_MalformedFrontMatter_ReportsTheLineOfTheYamlError()
    {
        var e = Fails(Text(l => l[9] = "     date: 20.10.2022")); // line 10 indented deeper than its mapping

        Assert.Equal(10, e.Line);
        Assert.Null(e.Field);
        Assert.Contains("malformed front matter", e.Message);
    }

    [Fact]
    public void Read_UnclosedFlowList_IsBadInputAtTheLineWhereTheListOpens()
    {
        // Regression: YamlDotNet reports this error without a position, and it was put on line 2.
        var e = Fails(Text(l => l[6] = "cosigners: [Jugendamt"));

        Assert.Equal(7, e.Line);
        Assert.Null(e.Field);
        Assert.Contains("malformed front matter", e.Message);
    }

    [Fact]
    public void Read_DuplicateField_IsBadInputAtItsLine()
    {
        var e = Fails(Text(l => l.Insert(5, "title: Noch ein Titel"))); // new line 6 repeats 'title' of line 3

        Assert.Equal(6, e.Line);
    }

    [Fact]
    public void Read_WithoutFrontMatter_ReportsLine1()
    {
        var e = Fails("## Sachverhalt\n\nNur Text, keine Felder.\n");

        Assert.Equal(1, e.Line);
        Assert.Null(e.Field);
        Assert.Contains("no front matter", e.Message);
    }

    [Fact]
    public void Read_UnclosedFrontMatter_ReportsLine1()
    {
        var e = Fails(Text(l => l[13] = "## nicht geschlossen"));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Read_UnknownPaperType_ReportsTypeLineAndKnownTypes()
    {
        var e = Fails(Text(l => l[1] = "type: Beschlusvorlage"));

        Assert.Equal((2, "type"), (e.Line, e.Field));
        Assert.Contains("Beschlusvorlage", e.Message);
        Assert.Contains("Informationsvorlage, Beschlussvorlage, Antrag", e.Message);
    }

    [Fact]
    public void Read_UnknownBodyInSecondConsultation_ReportsItsLineAndIndexedField()
    {
        var e = Fails(Text(l => l[11] = "  - body: Kulturausschuss"));

        Assert.Equal((12, "consultations[1].body"), (e.Line, e.Field));
        Assert.Contains("Kulturausschuss", e.Message);
    }

    [Fact]
    public void Read_DateThatIsNoDate_ReportsTheDateLine()
    {
        var e = Fails(Text(l => l[5] = "date: 31.02.2022"));

        Assert.Equal((6, "date"), (e.Line, e.Field));
        Assert.Contains("'31.02.2022' is not a date", e.Message);
    }

    [Fact]
    public void Read_ConsultationDateThatIsNoDate_ReportsItsLineAndIndexedField()
    {
        var e = Fails(Text(l => l[12] = "    date: 31.02.2022"));

        Assert.Equal((13, "consultations[1].date"), (e.Line, e.Field));
    }

    [Fact]
    public void Read_MisspeltField_IsRefusedAtItsLine()
    {
        var e = Fails(Text(l => l[2] = "tilte: Zwischeninformation zur Sozialraumplanung"));

        Assert.Equal((3, "tilte"), (e.Line, e.Field));
        Assert.Contains("unknown field", e.Message);
    }

    [Fact]
    public void Read_MisspeltFieldInConsultation_IsRefusedAtItsLine()
    {
        var e = Fails(Text(l => l[10] = "    oeffentlich: false"));

        Assert.Equal((11, "consultations[0].oeffentlich"), (e.Line, e.Field));
    }

    [Fact]
    public void Read_CosignerThatIsNoOffice_ReportsTheCosignersLine()
    {
        var e = Fails(Text(l => l[6] = "cosigners: [Jugendamt, Tiefbauamt]"));

        Assert.Equal((7, "cosigners"), (e.Line, e.Field));
        Assert.Contains("Tiefbauamt", e.Message);
    }

    [Fact]
    public void Read_CosignerThatIsNoOffice_InABlockList_ReportsItsOwnLine()
    {
        var e = Fails(Text(l =>
        {
            l[6] = "cosigners:";
            l.InsertRange(7, ["  - Jugendamt", "  - Tiefbauamt"]); // lines 8 and 9
        }));

        Assert.Equal((9, "cosigners"), (e.Line, e.Field));
    }

    [Fact]
    public void Read_NumberNotInTheTypesFormat_ReportsTheNumberLine()
    {
        var e = Fails(Text(l => l.Insert(3, "number: 1803-22"))); // new line 4

        Assert.Equal((4, "number"), (e.Line, e.Field));
        Assert.Contains("{n:0000}/{yy}", e.Message);
    }

    [Fact]
    public void Read_MissingTitle_NamesTheField()
    {
        var e = Fails(Text(l => l.RemoveAt(2)));
        Assert.Equal("title", e.Field);
        Assert.Contains("is missing", e.Message);
    }

    // Regression: section errors were reported one line below the offending line.
    [Fact]
    public void Read_TextBeforeTheFirstSectionHeading_ReportsItsLine()
    {
        var e = Fails(Text(l => l[14] = "Einleitung ohne Überschrift")); // line 15, the first line after the front matter

        Assert.Equal((15, "sections"), (e.Line, e.Field));
    }

    [Fact]
    public void Read_SectionHeadingTwice_ReportsTheSecondHeadingsLine()
    {
        var e = Fails(Text(l => l[18] = "## Sachverhalt")); // line 19

        Assert.Equal((19, "sections"), (e.Line, e.Field));
    }

    [Fact]
    public void Read_PublicConsultationOfANonPublicBody_IsRefused()
    {
        var e = Fails(Text(l => l[10] = "    public: true"));
        Assert.Equal((11, "consultations[0].public"), (e.Line, e.Field));
    }
}
