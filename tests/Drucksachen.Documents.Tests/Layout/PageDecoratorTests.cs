using Drucksachen.Documents.Layout;
using static Drucksachen.Documents.Tests.TestSupport.LayoutFixture;

namespace Drucksachen.Documents.Tests.Layout;

public sealed class PageDecoratorTests
{
    [Fact]
    public void Decorate_counts_pages_and_heads_all_but_the_first_with_the_number()
    {
        var pages = Enumerable.Range(0, 3).Select(_ => new LaidOutPage()).ToList();
        var document = new LaidOutDocument(PageGeometry.A4, pages, [], new StructureElement(StructureType.Document, null));

        PageDecorator.Decorate(Context(), document, "Drucksache 1803/22");

        Assert.Equal(["Seite 1 von 3"], Texts(pages[0]));
        Assert.Equal(["Drucksache 1803/22", "Seite 2 von 3"], Texts(pages[1]));
        Assert.Equal(["Drucksache 1803/22", "Seite 3 von 3"], Texts(pages[2]));
        var footer = pages[2].Items.OfType<TextItem>().Last();
        Assert.Equal(PageGeometry.A4.Width - PageGeometry.A4.Right, footer.X + footer.Width, 3);
    }
}
