using System.Text;

namespace Drucksachen.Core.Import;

/// <summary>Section keys as templates name them: "Finanzielle Auswirkungen" → "finanzielle_auswirkungen".</summary>
public static class SectionKeys
{
    public static string From(string heading)
    {
        var key = new StringBuilder(heading.Length);
        foreach (var ch in heading.Trim().ToLowerInvariant())
        {
            switch (ch)
            {
                case 'ä': key.Append("ae"); break;
                case 'ö': key.Append("oe"); break;
                case 'ü': key.Append("ue"); break;
                case 'ß': key.Append("ss"); break;
                case var c when char.IsAsciiLetterOrDigit(c): key.Append(c); break;
                default:
                    if (key.Length > 0 && key[^1] != '_') key.Append('_');
                    break;
            }
        }
        return key.ToString().TrimEnd('_');
    }
}
