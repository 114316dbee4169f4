using Drucksachen.Core.History;

namespace Drucksachen.Core.Tests.History;

// The expected hashes are SHA-256 of the UTF-8 text the format defines, computed outside .NET:
// stored histories verify only as long as every field is hashed exactly so.
public class HistoryHasherTests
{
    private static readonly Guid Paper = Guid.Parse("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    private static readonly DateTimeOffset At = new(2029, 1, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Hash_TakesEveryFieldEscapedAndTheStateCommitmentLast()
    {
        var hash = HistoryHasher.Hash(Paper, 3, At, "müller", "author", "submit", "draft", "review",
            "{\"comment\":\"Bitte prüfen\u001f\"}", HistoryHasher.Genesis, "1:abc");

        Assert.Equal("294a0f5850af91f6fa9c5ce3f84e9246aa8a66a37c964a331c1073339b994dbc", hash);
    }

    [Fact]
    public void Hash_MarksAMissingFromStateAndLeavesOutAMissingCommitment()
    {
        var hash = HistoryHasher.Hash(Paper, 1, At, "system", "system", "start", null, "draft", "{}", HistoryHasher.Genesis, null);

        Assert.Equal("1f6710e3e8ca6f734d6a558ed888b7498628f84993f672fb0af13b00f31cb746", hash);
    }
}
