using Drucksachen.Core.History;

namespace Drucksachen.Core.Tests.History;

// The expected digest is SHA-256 of the UTF-8 text the format defines, computed outside .NET:
// stored state commitments verify only as long as the facts are hashed exactly so.
public class StateDigestTests
{
    [Fact]
    public void Of_EscapesEachFactMarksAMissingOneAndKeepsSixteenHexCharacters()
    {
        var digest = StateDigest.Of(["Beschluss über die Grünfläche am Anger", null, "a\u001fb", "", "€ 1.000"]);

        Assert.Equal("43b4cb700d48e905", digest);
    }
}
