using Drucksachen.Documents.Templates;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Templates;

public sealed class HtmlFragmentConverterTests
{
    [Fact]
    public void ToMarkdown_leaves_text_without_structural_tags_alone()
    {
        const string markdown = "Ein Absatz mit <span>Tag</span>.\n\n- Liste\n";

        Assert.Same(markdown, HtmlFragmentConverter.ToMarkdown(markdown));
    }

    [Fact]
    public void ToMarkdown_turns_paragraphs_lists_and_breaks_into_markdown()
    {
        var markdown = HtmlFragmentConverter.ToMarkdown(
            "<p>Erster Absatz</p><p>Zweiter<br>Zeile</p><ul><li>eins</li><li>zwei<ol><li>a</li><li>b</li></ol></li></ul>Danach");

        Assert.Equal("Erster Absatz\n\nZweiter\\\nZeile\n\n- eins\n- zwei\n    1. a\n    2. b\n\nDanach\n", markdown);
    }

    [Fact]
    public void ToMarkdown_splits_lists_pasted_without_li_at_their_markers()
    {
        var markdown = HtmlFragmentConverter.ToMarkdown(
            "Ziele <ul style=\"x\"> ▪ Erstens ▪ Zweitens\nSchritte <ol> I. Ausschreibung II. Initiierung\n");

        Assert.Contains("- Erstens\n- Zweitens\n", markdown);
        Assert.Contains("1. Ausschreibung\n2. Initiierung\n", markdown);
    }

    [Fact]
    public void Sample_with_html_fragments_becomes_lists_and_paragraphs()
    {
        var markdown = HtmlFragmentConverter.ToMarkdown(Samples.Read("html-fragments.txt"));

        Assert.DoesNotContain("<p>", markdown);
        Assert.DoesNotContain("<ul", markdown);
        Assert.DoesNotContain("<ol", markdown);
        Assert.Contains("- Ansprechpartner vor Ort für lokale Akteure und Schnittstelle zwischen Öffentlichkeit und Verwaltung\n", markdown);
        Assert.Contains("\n\nIn den Stadtteilen Oberilp und Nonnenbruch", markdown);
        Assert.Contains("\n\nInsgesamt wird von einer Laufzeit von 8 Jahren ausgegangen.\n", markdown);
        Assert.Contains("1. Ausschreibung und Vergabe des Stadtteilmanagements\n2. Initiierung des Verfügungsfonds", markdown);
    }
}
