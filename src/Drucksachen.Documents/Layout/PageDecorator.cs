using System.Globalization;

namespace Drucksachen.Documents.Layout;

/// <summary>Adds what needs the page count: the number in the header of every page after the first, and "Seite X von Y".</summary>
internal static class PageDecorator
{
    public static void Decorate(LayoutContext context, LaidOutDocument document, string numberLabel)
    {
        var geometry = document.Geometry;
        var style = context.Theme.Label;
        var right = geometry.Width - geometry.Right;
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            if (i > 0)
            {
                var headerWidth = context.Measure(numberLabel, style);
                page.Items.Add(new TextItem(right - headerWidth, geometry.Top - 26, numberLabel, style, headerWidth));
                page.Items.Add(new RuleItem(geometry.Left, geometry.Top - 20, right, geometry.Top - 20, 0.5, Ink.Rule));
            }
            var footer = string.Create(CultureInfo.InvariantCulture, $"Seite {i + 1} von {document.Pages.Count}");
            var footerWidth = context.Measure(footer, style);
            page.Items.Add(new TextItem(right - footerWidth, geometry.Height - 36, footer, style, footerWidth));
        }
    }
}
