namespace Drucksachen.Documents.Layout;

/// <summary>The standard structure types of PDF (ISO 32000-1, 14.8.4) a paper uses; the names are PDF's.</summary>
public enum StructureType
{
    Document,

    /// <summary>One document of several in one file: each part of a meeting packet.</summary>
    Part,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Link,
    Figure,
    BlockQuote,
}
