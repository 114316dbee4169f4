using System.Text.Json.Nodes;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>The validator the crawl relies on accepts what the specification publishes and refuses broken objects.</summary>
public sealed class OParlSchemasTests
{
    private static readonly OParlSchemas Schemas = OParlSchemas.Load();

    [Fact]
    public void Every_object_type_of_OParl_1_1_has_its_schema_in_the_repository()
    {
        Assert.Equal(
            ["AgendaItem", "Body", "Consultation", "File", "LegislativeTerm", "Location", "Meeting", "Membership", "Organization", "Paper", "Person", "System"],
            Schemas.Types.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Body-01", "Body")]
    [InlineData("File-01", "File")]
    [InlineData("Location-01", "Location")]
    [InlineData("Organization-01", "Organization")]
    [InlineData("Paper-01", "Paper")]
    [InlineData("Person-01", "Person")]
    [InlineData("System-01", "System")]
    public void The_specification_examples_are_valid(string example, string type)
    {
        var errors = Schemas.Validate(OParlSchemas.Examples()[example], type);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void An_embedded_object_is_checked_against_its_own_schema()
    {
        // The specification's own slip: its agenda item lacks the "order" AgendaItem.json requires.
        var errors = Schemas.Validate(OParlSchemas.Examples()["Meeting-01"], "Meeting");

        Assert.Contains(errors, e => e.StartsWith("$/agendaItem/0", StringComparison.Ordinal) && e.Contains("order", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id", "\"not a url\"")]
    [InlineData("id", "\"ftp://example.org/paper/1\"")]
    [InlineData("date", "\"06.12.2026\"")]
    [InlineData("modified", "\"2026-12-06\"")]
    [InlineData("type", "\"https://schema.oparl.org/1.1/Meeting\"")]
    [InlineData("reference", "1803")]
    [InlineData("invented", "\"a property the specification does not know\"")]
    [InlineData("mainFile", "{\"id\": \"https://example.org/file/1\", \"type\": \"https://schema.oparl.org/1.1/File\"}")]
    public void A_broken_paper_fails_validation(string property, string json)
    {
        var paper = OParlSchemas.Examples()["Paper-01"];
        paper[property] = JsonNode.Parse(json);

        Assert.NotEmpty(Schemas.Validate(paper, "Paper"));
    }

    [Fact]
    public void A_paper_without_its_id_fails_validation()
    {
        var paper = OParlSchemas.Examples()["Paper-01"];
        paper.Remove("id");

        Assert.Contains(Schemas.Validate(paper, "Paper"), e => e.Contains("id", StringComparison.Ordinal));
    }
}
