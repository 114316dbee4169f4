using Drucksachen.Core.Configuration;
using Drucksachen.Core.Numbers;

namespace Drucksachen.Core.Workflow;

/// <summary>
/// Gives the paper the next number of its type's series for the year of release (in the city's
/// time zone), and marks it released. A paper imported with its own number keeps it.
/// </summary>
public sealed class AssignNumberEffect(City city) : IPaperEffect
{
    public string Name => "assign-number";

    public async Task ApplyAsync(EffectScope scope, CancellationToken ct)
    {
        var paper = scope.Paper;
        if (paper.Number is null)
        {
            var type = city.PaperType(paper.Type);
            var year = TimeZoneInfo.ConvertTime(scope.Now, city.TimeZone).Year;
            var sequence = await scope.Session.NextNumberAsync(type.Series, year, ct);
            paper.AssignNumber(new NumberFormat(type.NumberFormat).Format(sequence, year), type.Series, year, sequence);
        }
        paper.Release(scope.Now);
        scope.Details["number"] = paper.Number;
    }
}
