using Drucksachen.Core.Drafts;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Plausibility;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Drafts;

/// <summary>The draft form takes text by the same rule and limits as the import.</summary>
public class DraftValidatorTests
{
    private static readonly Configuration.City City = new(TestProduct.ShippedOptions().City);
    private static readonly DraftValidator Validator = new(City, new PlausibilityRules(City, TimeProvider.System));

    private static DraftInput Draft(string title = "Kita-Planung", string sachverhalt = "Die Verwaltung informiert.") =>
        new(title, "2022-10-20", true, "gez. Müller", new Dictionary<string, string> { ["sachverhalt"] = sachverhalt }, [], [], []);

    private static InputException Fails(DraftInput input) =>
        Assert.Throws<InputException>(() => Validator.Validate(input, Offices.Soziales));

    [Fact]
    public void A_control_character_in_the_title_was_accepted_in_the_form_and_is_refused()
    {
        var e = Fails(Draft(title: "Kita\u001b[2J"));

        Assert.Equal("title", e.Field);
        Assert.Contains("U+001B", e.Reason);
    }

    [Fact]
    public void A_NUL_in_a_section_is_refused_at_its_line()
    {
        var e = Fails(Draft(sachverhalt: "Erste Zeile\r\nZweite\0 Zeile"));

        Assert.Equal("sections.sachverhalt", e.Field);
        Assert.Contains("line 2", e.Reason);
    }

    [Fact]
    public void Lists_nested_3000_levels_were_accepted_in_the_form_and_are_refused()
    {
        var lists = "Einleitung\n\n" + string.Concat(Enumerable.Repeat("- ", 3_000)) + "Punkt";

        var e = Fails(Draft(sachverhalt: lists));

        Assert.Equal("sections.sachverhalt", e.Field);
        Assert.Contains("nested 3000 deep in line 3", e.Reason);
    }

    [Fact]
    public void A_draft_within_the_limits_passes() =>
        Validator.Validate(Draft(sachverhalt: "- Punkt\n  - Unterpunkt\n\n> Zitat"), Offices.Soziales);
}
