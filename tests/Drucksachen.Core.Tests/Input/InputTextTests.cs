using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;

namespace Drucksachen.Core.Tests.Input;

/// <summary>The one rule for entered text: no control characters, no broken characters, within the limit.</summary>
public class InputTextTests
{
    [Theory]
    [InlineData("Zeile\tmit Tab\r\nzweite Zeile")]
    [InlineData("Umlaute äöüß, „Anführung“ und 😀")]
    public void Text_of_several_lines_keeps_tabs_and_line_breaks(string text) =>
        InputText.Check(text, "comment", 1_000, multiline: true);

    [Theory]
    [InlineData("Titel\nZeile", 6)]
    [InlineData("Titel\tTab", 6)]
    [InlineData("\u007fDEL", 1)]
    [InlineData("C1 \u0085", 4)]
    public void A_line_refuses_every_control_and_broken_character_at_its_column(string text, int column)
    {
        var e = Assert.Throws<InputException>(() => InputText.Check(text, "title", 1_000));

        Assert.Equal("title", e.Field);
        Assert.Contains($"column {column}", e.Reason);
    }

    [Fact]
    public void Half_of_a_UTF16_pair_is_refused()
    {
        var half = "halb " + '\ud800' + " und falsch herum " + '\udc00' + '\ud800';

        Assert.Contains("column 6", Assert.Throws<InputException>(() => InputText.Check(half, "title", 1_000)).Reason);
        Assert.Contains("column 19", Assert.Throws<InputException>(() => InputText.Check(half[6..], "title", 1_000)).Reason);
    }

    [Fact]
    public void A_control_character_in_text_of_several_lines_is_named_by_line_and_column()
    {
        var e = Assert.Throws<InputException>(() => InputText.Check("eins\nzwei\u001b", "comment", 1_000, multiline: true));

        Assert.Contains("U+001B) at line 2, column 5", e.Reason);
    }

    [Fact]
    public void Text_over_its_limit_is_refused() =>
        Assert.Contains("at most 3", Assert.Throws<InputException>(() => InputText.Check("abcd", "name", 3)).Reason);
}
