using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Tests.Papers;

public class VoteTests
{
    [Theory]
    [InlineData("12/3/1", 12, 3, 1)]
    [InlineData(" 0/0/999 ", 0, 0, 999)]
    public void Parse_ReadsYesNoAbstentions(string text, int yes, int no, int abstentions) =>
        Assert.Equal(new Vote(yes, no, abstentions, false), Vote.Parse(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("99999999999/0/0")]
    [InlineData("1000/0/0")]
    [InlineData("2147483647/0/0")]
    [InlineData("-1/0/0")]
    [InlineData("1//1")]
    public void Parse_RefusesWhatIsNotAVote_NamingTheField(string text)
    {
        var e = Assert.Throws<InputException>(() => Vote.Parse(text));
        Assert.Equal("vote", e.Field);
        Assert.Contains($"0 to {Vote.MaxCount}", e.Message);
    }

    [Theory]
    [InlineData("abc", "1", "2", Vote.YesField)]
    [InlineData("", "1", "2", Vote.YesField)]
    [InlineData(null, "1", "2", Vote.YesField)]
    [InlineData("1", "99999999999", "2", Vote.NoField)]
    [InlineData("1", "2", "1000", Vote.AbstentionsField)]
    [InlineData("1", "2", "1.5", Vote.AbstentionsField)]
    public void Counted_WithABadOrEmptyField_IsRefusedNamingThatField_InsteadOfStoredAsZero(string? yes, string? no, string? abstentions, string field)
    {
        var e = Assert.Throws<InputException>(() => Vote.Counted(yes, no, abstentions));
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Counted_ReadsTheThreeFields() =>
        Assert.Equal("9/0/1", Vote.Counted("9", "0", " 1 ").ToString());
}
