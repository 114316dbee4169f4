namespace Drucksachen.Documents.Tests;

public sealed class LinkTargetsTests
{
    [Theory]
    [InlineData("https://www.erfurt.de/ratsinfo")]
    [InlineData("http://example.org")]
    [InlineData("mailto:sitzungsdienst@erfurt.de")]
    [InlineData("/Drucksachen/1803-22")]
    [InlineData("anlage.pdf")]
    [InlineData("#sachverhalt")]
    [InlineData("?seite=2")]
    [InlineData("bericht/teil:2")]
    public void IsSafe_accepts_web_mail_and_relative_targets(string url) => Assert.True(LinkTargets.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("vbscript:msgbox")]
    public void IsSafe_refuses_targets_that_run_or_open_something_else(string url) => Assert.False(LinkTargets.IsSafe(url));
}
