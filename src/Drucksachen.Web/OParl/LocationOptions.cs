namespace Drucksachen.Web.OParl;

public sealed class LocationOptions
{
    public string Key { get; set; } = "1";
    public string? Description { get; set; }
    public string? StreetAddress { get; set; }
    public string? Room { get; set; }
    public string? PostalCode { get; set; }
    public string? Locality { get; set; }
}
