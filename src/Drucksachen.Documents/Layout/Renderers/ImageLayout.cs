using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>A block image, scaled to the text width at most; a missing one becomes a visible placeholder and a problem.</summary>
internal static class ImageLayout
{
    // Office screenshots and charts are typically made for 150 dpi print.
    private const double PointsPerPixel = 72.0 / 150.0;

    public static void Add(LayoutRenderer renderer, LinkInline image)
    {
        var context = renderer.Context;
        var alt = ImageWithoutAltTextException.Require(image);
        var url = image.Url ?? "";
        var path = Resolve(context.ImagesPath, url);
        var size = path is null ? null : ImageProbe.TryReadSize(path);
        if (path is null || size is not { Width: > 0, Height: > 0 } pixels)
        {
            context.Report(LayoutProblemKind.MissingImage, $"The image '{url}' was not found or is not a PNG/JPEG file; a placeholder was set instead.");
            var style = context.Theme.Body with { Face = FontFace.Italic, Ink = Ink.Muted };
            renderer.AddParagraph([new InlineSpan($"[Abbildung fehlt: {url}]", style, null)], TextAlign.Left,
                context.Theme.ParagraphSpacing, context.Theme.ParagraphSpacing);
            return;
        }
        var width = pixels.Width * PointsPerPixel;
        var height = pixels.Height * PointsPerPixel;
        var maxHeight = context.Theme.Geometry.Height * 0.6;
        var scale = Math.Min(1, Math.Min(renderer.Width / width, maxHeight / height));
        var figure = new StructureElement(StructureType.Figure, renderer.Parent) { Alt = alt };
        var line = new LineBox(height * scale, [new ImageItem(0, 0, width * scale, height * scale, path) { Element = figure }]);
        renderer.AddBlock(new LineBlock(renderer.Indent, [line])
        {
            SpaceBefore = context.Theme.ParagraphSpacing,
            SpaceAfter = context.Theme.ParagraphSpacing,
            KeepTogether = true,
        });
    }

    private static string? Resolve(string? folder, string url)
    {
        if (folder is null || url.Length == 0 || url.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(url) || url.Contains(':'))
            return null;
        var path = Path.Combine(folder, url);
        return File.Exists(path) ? path : null;
    }
}
