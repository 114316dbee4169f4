namespace Drucksachen.Persistence.Sessions;

/// <summary>What a refused write tells the user, by the table or index the database names in its refusal.</summary>
public static class ConflictMessages
{
    /// <param name="violated">The database's message or constraint name, which names the table or index.</param>
    public static string For(string violated) =>
        violated.Contains("Papers.Number", StringComparison.Ordinal) || violated.Contains("IX_Papers_Number", StringComparison.Ordinal)
            ? "that number is already taken by another paper"
        : violated.Contains("AgendaItems", StringComparison.Ordinal) ? "the paper was placed on an agenda by someone else meanwhile; reload and try again"
        : violated.Contains("Meetings", StringComparison.Ordinal) ? "that meeting number is already taken"
        : violated.Contains("MeetingHistoryEntries", StringComparison.Ordinal) ? "the meeting's history was extended by someone else meanwhile; reload and try again"
        : violated.Contains("MeetingDocuments", StringComparison.Ordinal) ? "another document of the meeting was stored meanwhile; try again"
        : violated.Contains("HistoryEntries", StringComparison.Ordinal) ? "the paper's history was extended by someone else meanwhile; reload and try again"
        : violated.Contains("DocumentVersions", StringComparison.Ordinal) ? "another document version was stored meanwhile; try again"
        : violated;
}
