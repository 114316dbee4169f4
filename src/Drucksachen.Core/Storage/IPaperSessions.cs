namespace Drucksachen.Core.Storage;

/// <summary>Opens the units of work of the use cases that change papers.</summary>
public interface IPaperSessions
{
    /// <summary>A unit of work for one change; see <see cref="IPaperSession"/>.</summary>
    IPaperSession OpenSession();
}
