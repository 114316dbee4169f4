namespace Drucksachen.Documents.Layout;

public enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Monospace,
}
