namespace Drucksachen.Web.OParl;

public sealed class LegislativeTermOptions
{
    public string Key { get; set; } = "1";
    public string Name { get; set; } = "Wahlperiode";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}
