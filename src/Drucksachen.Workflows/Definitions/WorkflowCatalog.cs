using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Drucksachen.Workflows.Definitions.Parsing;

namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// Versioned definitions. Loading a directory stores a new version of every definition whose text
/// changed; instances keep acting on the version they started on, which is parsed from the stored
/// source when it is no longer the file on disk. Parsed versions are cached (a stored version never
/// changes). Which version is the newest is asked of the store by <see cref="GetLatestAsync"/>, so
/// a version another process stored (another node of the web application, started with a changed
/// file) starts the next paper at once; pages that only read it (state labels, the states a role
/// acts in) use <see cref="GetLatestForReadingAsync"/>, which asks at most once per
/// <paramref name="newestFreshness"/> (measured on <paramref name="clock"/>'s timestamps).
/// Thread-safe.
/// </summary>
public sealed class WorkflowCatalog(IWorkflowDefinitionStore store, IReadOnlySet<string> boundEffects, TimeProvider clock, TimeSpan newestFreshness)
{
    private readonly ConcurrentDictionary<(string Name, int Version), WorkflowDefinition> versions = new();
    private readonly ConcurrentDictionary<string, (int Version, long SeenAt)> newest = new();
    private readonly SemaphoreSlim loading = new(1, 1);

    /// <summary>
    /// Parses and validates every <c>*.yaml</c> in <paramref name="directory"/>, refusing all of them with
    /// every error of every file if any is bad; then stores a new version of each changed definition.
    /// Returns the current version of each.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> LoadDirectoryAsync(string directory, CancellationToken ct)
    {
        var parsed = await ParseDirectoryAsync(directory, ct);
        var current = new List<WorkflowDefinition>(parsed.Count);

        // Serialised so two loads in this process cannot both add the same version number; see AddAsync for two processes.
        await loading.WaitAsync(ct);
        try
        {
            foreach (var (definition, source) in parsed)
            {
                var stored = await store.GetLatestAsync(definition.Name, ct);
                var version = stored?.Version ?? 0;
                if (stored?.ContentHash != definition.ContentHash)
                {
                    version++;
                    await AddAsync(new StoredDefinition(definition.Name, version, definition.ContentHash, source, definition.FileName, clock.GetUtcNow()), ct);
                }

                Saw(definition.Name, version);
                current.Add(versions.GetOrAdd((definition.Name, version), definition with { Version = version }));
            }
        }
        finally
        {
            loading.Release();
        }

        return current;
    }

    // Another process (a second node started with the same files) may store the same version between
    // our read and our write; the store's unique key refuses ours then, and that version is the one.
    private async Task AddAsync(StoredDefinition definition, CancellationToken ct)
    {
        try
        {
            await store.AddAsync(definition, ct);
        }
        catch (DefinitionVersionTakenException)
        {
            var stored = await store.GetAsync(definition.Name, definition.Version, ct);
            if (stored?.ContentHash != definition.ContentHash) throw;
        }
    }

    /// <summary>The given version; throws <see cref="UnknownWorkflowException"/> if it was never stored.</summary>
    public async Task<WorkflowDefinition> GetAsync(string name, int version, CancellationToken ct)
    {
        if (versions.TryGetValue((name, version), out var cached))
        {
            return cached;
        }

        var stored = await store.GetAsync(name, version, ct) ?? throw new UnknownWorkflowException(name, version);
        return versions.GetOrAdd((name, version), _ => FromStore(stored));
    }

    /// <summary>
    /// The newest stored version, asked of the store now: for starting a paper. Throws
    /// <see cref="UnknownWorkflowException"/> if none is stored.
    /// </summary>
    public async Task<WorkflowDefinition> GetLatestAsync(string name, CancellationToken ct)
    {
        var version = await store.GetLatestVersionAsync(name, ct) ?? throw new UnknownWorkflowException(name, null);
        Saw(name, version);
        return await GetAsync(name, version, ct);
    }

    /// <summary>
    /// The newest version as this catalog saw it less than the freshness window ago, else as
    /// <see cref="GetLatestAsync"/>: for reading only (labels, the states a role acts in), where a
    /// version another process stored may show that much later.
    /// </summary>
    public Task<WorkflowDefinition> GetLatestForReadingAsync(string name, CancellationToken ct) =>
        newest.TryGetValue(name, out var seen) && clock.GetElapsedTime(seen.SeenAt) < newestFreshness
            ? GetAsync(name, seen.Version, ct)
            : GetLatestAsync(name, ct);

    // Versions only grow: a slower lookup that read an older one does not take the newer back.
    private void Saw(string name, int version)
    {
        var now = clock.GetTimestamp();
        newest.AddOrUpdate(name, (version, now), (_, old) => (Math.Max(old.Version, version), now));
    }

    /// <summary>Hash of the text with line endings normalised, so a CRLF checkout is not a new version.</summary>
    internal static string Hash(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.ReplaceLineEndings("\n"))));

    private async Task<List<(WorkflowDefinition Definition, string Source)>> ParseDirectoryAsync(string directory, CancellationToken ct)
    {
        // Errors name files as "workflows/x.yaml": the folder the host pointed at, then the file.
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var errors = new List<DefinitionError>();
        var parsed = new List<(WorkflowDefinition, string)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var source = await File.ReadAllTextAsync(path, ct);
            var fileName = folder + "/" + Path.GetFileName(path);
            if (DefinitionParser.Parse(source, fileName, boundEffects, errors) is not { } result)
            {
                continue;
            }

            if (names.TryAdd(result.Definition.Name, fileName))
            {
                parsed.Add((result.Definition, source));
            }
            else
            {
                errors.Add(result.ErrorAtName($"workflow name '{result.Definition.Name}' is already defined in {names[result.Definition.Name]}"));
            }
        }

        return errors.Count == 0 ? parsed : throw new WorkflowDefinitionException(errors);
    }

    private WorkflowDefinition FromStore(StoredDefinition stored) =>
        WorkflowDefinitionParser.Parse(stored.Source, stored.FileName, boundEffects) with { Version = stored.Version };
}
