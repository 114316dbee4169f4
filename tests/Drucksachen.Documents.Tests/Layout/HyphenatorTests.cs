using Drucksachen.Documents.Layout;

namespace Drucksachen.Documents.Tests.Layout;

public sealed class HyphenatorTests
{
    [Theory]
    [InlineData("Sozialraumplanung", "So-zi-al-raum-pla-nung")]
    [InlineData("Begleitgremium", "Be-gleit-gre-mi-um")]
    [InlineData("Zusammenleben", "Zu-sam-men-le-ben")]
    [InlineData("Wohnungsunternehmen", "Woh-nungs-un-ter-neh-men")]
    [InlineData("Amt", "Amt")]
    public void German_words_break_at_their_syllables_and_compound_joints(string word, string expected)
    {
        var points = Hyphenator.German.Points(word);

        Assert.Equal(expected, string.Concat(word.Select((c, i) => (points[i] ? "-" : "") + c)));
    }
}
