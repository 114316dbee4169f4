namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>One renderer for all tests, as the product uses one per process.</summary>
public static class Renderers
{
    public static DocumentRenderer Default { get; } = new(new DocumentOptions { TemplatesPath = Samples.TemplatesPath });
}
