namespace Drucksachen.Documents.Layout;

internal enum TextAlign
{
    Left,
    Justify,
    Right,
}
