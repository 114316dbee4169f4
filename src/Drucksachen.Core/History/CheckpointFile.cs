using System.Text.Json;
using Drucksachen.Core.Errors;

namespace Drucksachen.Core.History;

/// <summary>A <see cref="HistoryCheckpoint"/> as a JSON file, in the same shape as the API gives it.</summary>
public static class CheckpointFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(HistoryCheckpoint checkpoint) => JsonSerializer.Serialize(checkpoint, Json) + "\n";

    /// <param name="source">The file's name, for errors.</param>
    public static HistoryCheckpoint Read(string json, string source)
    {
        HistoryCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<HistoryCheckpoint>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InputException(source, (int?)e.LineNumber + 1, e.Path?.TrimStart('$', '.'), "not a checkpoint file: " + e.Message.Split(" Path:")[0]);
        }
        if (checkpoint is null || checkpoint.Format is null || checkpoint.Hash is null)
            throw new InputException(source, null, checkpoint?.Format is null ? "format" : "hash", "not a checkpoint file: the field is missing");
        if (HistoryCheckpoint.FormatProblem(checkpoint.Format) is { } problem)
            throw new InputException(source, null, "format", problem);
        return checkpoint;
    }
}
