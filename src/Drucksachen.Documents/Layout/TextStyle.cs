namespace Drucksachen.Documents.Layout;

/// <summary>Face, size in points and colour of a run of text.</summary>
public readonly record struct TextStyle(FontFace Face, double Size, Ink Ink)
{
    public TextStyle WithFace(FontFace face) => this with { Face = face };

    public TextStyle Bolder() => WithFace(Face switch
    {
        FontFace.Italic or FontFace.BoldItalic => FontFace.BoldItalic,
        FontFace.Monospace => FontFace.Monospace,
        _ => FontFace.Bold,
    });

    public TextStyle Italicised() => WithFace(Face switch
    {
        FontFace.Bold or FontFace.BoldItalic => FontFace.BoldItalic,
        FontFace.Monospace => FontFace.Monospace,
        _ => FontFace.Italic,
    });
}
