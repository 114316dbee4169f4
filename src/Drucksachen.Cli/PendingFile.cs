using Drucksachen.Core.Errors;

namespace Drucksachen.Cli;

/// <summary>
/// A file a command writes together with a change to the database: its content goes to a
/// temporary file beside the target before the change commits, so a folder that does not exist, a
/// full disk or a missing permission fails the command before anything is stored; after the commit
/// it is moved into place in one step. Disposing removes what was not moved.
/// </summary>
internal sealed class PendingFile : IAsyncDisposable
{
    private readonly string _option;
    private readonly string _temporary;
    private string? _target;

    private PendingFile(string option, string temporary)
    {
        _option = option;
        _temporary = temporary;
    }

    /// <summary>Claims a temporary file in <paramref name="folder"/>; refused at once if the folder cannot take it.</summary>
    /// <param name="option">The option that named the target, for the error message.</param>
    public static PendingFile In(string folder, string option)
    {
        var temporary = Path.Combine(folder, $".drucksachen-{Guid.NewGuid():N}.tmp");
        try
        {
            using (new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)) { }
            return new PendingFile(option, temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(null, null, option, $"cannot write into {folder}: {e.Message}");
        }
    }

    /// <summary>Writes the content in full; <paramref name="target"/> is where <see cref="Complete"/> puts it.</summary>
    public async Task WriteAsync(string target, byte[] content, CancellationToken ct)
    {
        if (Directory.Exists(target))
            throw new InputException(null, null, _option, $"{target} is a folder; name a file");
        try
        {
            await using var stream = new FileStream(_temporary, FileMode.Truncate, FileAccess.Write);
            await stream.WriteAsync(content, ct);
            await stream.FlushAsync(ct);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(null, null, _option, $"cannot write {target}: {e.Message}");
        }
        _target = target;
    }

    /// <summary>Moves the written content to its target, replacing a file there.</summary>
    public void Complete() =>
        File.Move(_temporary, _target ?? throw new InvalidOperationException("nothing was written"), overwrite: true);

    public ValueTask DisposeAsync()
    {
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless; the command's own error matters more.
        }
        return ValueTask.CompletedTask;
    }
}
