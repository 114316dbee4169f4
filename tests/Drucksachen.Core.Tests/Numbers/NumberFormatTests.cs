using Drucksachen.Core.Errors;
using Drucksachen.Core.Numbers;

namespace Drucksachen.Core.Tests.Numbers;

public class NumberFormatTests
{
    [Theory]
    [InlineData("{n:0000}/{yy}", 1803, 2022, "1803/22")]
    [InlineData("{n:0000}/{yy}", 79, 2026, "0079/26")]
    [InlineData("VO/{yyyy}/{n:0000}", 123, 2023, "VO/2023/0123")]
    [InlineData("{yyyy}/{n:0000} BV", 830, 2023, "2023/0830 BV")]
    [InlineData("DS/{n:000}/{yyyy}", 1, 2015, "DS/001/2015")]
    public void Format_AndTryParse_RoundTrip(string pattern, int sequence, int year, string number)
    {
        var format = new NumberFormat(pattern);
        Assert.Equal(number, format.Format(sequence, year));
        Assert.True(format.TryParse(number, out var parsedSequence, out var parsedYear));
        Assert.Equal((sequence, year), (parsedSequence, parsedYear));
    }

    [Theory]
    [InlineData("1803-22")]
    [InlineData("VO/2023/0123")]
    [InlineData("1803/2022")]
    [InlineData("")]
    public void TryParse_ReturnsFalse_ForNumbersOfAnotherFormat(string number) =>
        Assert.False(new NumberFormat("{n:0000}/{yy}").TryParse(number, out _, out _));

    [Theory]
    [InlineData("{yy}/X")]
    [InlineData("{n}/{month}")]
    public void Constructor_RefusesFormat_WithoutRunningNumberOrWithUnknownPlaceholder(string pattern)
    {
        var e = Assert.Throws<InputException>(() => new NumberFormat(pattern));
        Assert.Equal("NumberFormat", e.Field);
    }
}
