namespace Drucksachen.Web.OParl;

/// <summary>What every listed object has: the filters work on these.</summary>
public interface IOParlEntry
{
    DateTimeOffset Created { get; }
    DateTimeOffset Modified { get; }
    bool Deleted { get; }
}
