using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>The output intent PDF/A-2 asks for (ISO 19005-2, 6.2.3): the shipped sRGB profile, valid for it.</summary>
public sealed class OutputIntentTests
{
    private static byte[] Profile()
    {
        using var checker = new TaggedPdfChecker(Renderers.Default.Render(Samples.Paper1803()).Pdf);
        return checker.OutputProfile() ?? throw new InvalidOperationException("the PDF has no output intent profile");
    }

    [Fact]
    public void The_profile_is_the_shipped_ICC_v4_display_profile_for_RGB_with_a_valid_header()
    {
        var icc = Profile();

        Assert.Equal(File.ReadAllBytes(Path.Combine(Samples.ShippedFontsPath, "..", "ColorProfiles", "sRGB.icc")), icc);
        Assert.Empty(TaggedPdfChecker.IccProfileProblems(icc));
        Assert.Equal(4, icc[8]);
        Assert.Equal("mntr", System.Text.Encoding.ASCII.GetString(icc, 12, 4));
    }

    [Theory]
    [InlineData(8, 5, "ICC version 5")]
    [InlineData(12, (byte)'s', "device class 'sntr'")]
    [InlineData(3, 0, "size in the header")]
    [InlineData(200, 1, "profile ID is not its MD5")]
    public void A_profile_PDF_A_2_does_not_take_is_named(int at, byte value, string problem)
    {
        var icc = Profile();
        icc[at] = value;

        Assert.Contains(TaggedPdfChecker.IccProfileProblems(icc), p => p.Contains(problem, StringComparison.Ordinal));
    }
}
