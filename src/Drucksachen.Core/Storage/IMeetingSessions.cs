namespace Drucksachen.Core.Storage;

/// <summary>Opens the units of work of the use cases that change meetings.</summary>
public interface IMeetingSessions
{
    IMeetingSession OpenSession();
}
