namespace Drucksachen.Core.Configuration;

/// <summary>A paper type (Vorlagenart): its workflow, template and number format.</summary>
public sealed class PaperTypeOptions
{
    /// <summary>Name as used in front matter and workflows/, e.g. "Informationsvorlage".</summary>
    public string Name { get; set; } = "";

    /// <summary>Workflow definition name; defaults to <see cref="Name"/>.</summary>
    public string? Workflow { get; set; }

    /// <summary>Template name in templates/; defaults to <see cref="Name"/>.</summary>
    public string? Template { get; set; }

    /// <summary>
    /// Number series; types sharing a series share the running number. Defaults to "Drucksache".
    /// </summary>
    public string Series { get; set; } = "Drucksache";

    /// <summary>Number format, see <see cref="Numbers.NumberFormat"/>. Default "{n:0000}/{yy}".</summary>
    public string NumberFormat { get; set; } = "{n:0000}/{yy}";

    /// <summary>The heading papers of this type are grouped under on an agenda, e.g. "Beschlussvorlagen".</summary>
    public string? AgendaHeading { get; set; }
}
