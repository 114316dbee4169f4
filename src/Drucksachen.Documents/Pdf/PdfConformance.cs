namespace Drucksachen.Documents.Pdf;

/// <summary>The standards a file we write declares in its XMP packet, as the identification schemas PDF/A and PDF/UA define.</summary>
internal sealed class PdfConformance
{
    private PdfConformance(string identification) => Identification = identification;

    /// <summary>The rdf:Description elements to add to the XMP packet.</summary>
    public string Identification { get; }

    /// <summary>PDF/A-2 level a (tagged) and PDF/UA-1: every paper, meeting document and packet of them. pdfuaid is not among XMP's
    /// predefined schemas, so PDF/A wants it described.</summary>
    public static PdfConformance TaggedArchival { get; } = new("""
              <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>A</pdfaid:conformance>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                    <pdfaProperty:name>part</pdfaProperty:name>
                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                    <pdfaProperty:category>internal</pdfaProperty:category>
                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                  </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
              </rdf:Description>

        """);

    /// <summary>PDF/A-2 level b (visual appearance only): a meeting packet with a part that is not tagged (a PDF stored
    /// before papers were), which therefore carries no structure tree.</summary>
    public static PdfConformance BasicArchival { get; } = new("""
              <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>B</pdfaid:conformance>
              </rdf:Description>

        """);
}
