namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// The turn the writers of this process take, in the order they asked for it. Passing it on hands
/// it to the first writer waiting, so that whoever passes knows whether someone took it over: a
/// writer that finds one waiting may leave the open transaction to it (see <see cref="GroupCommit"/>).
/// </summary>
internal sealed class WriterTurn
{
    private readonly Lock _gate = new();
    private readonly LinkedList<TaskCompletionSource> _waiting = new();
    private bool _taken;

    /// <summary>How many writers wait for the turn.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate) return _waiting.Count;
        }
    }

    /// <summary>Takes the turn, waiting for it at most <paramref name="timeout"/>; false if it did not come.</summary>
    public async Task<bool> TakeAsync(TimeSpan timeout, CancellationToken ct)
    {
        LinkedListNode<TaskCompletionSource> waiting;
        lock (_gate)
        {
            if (!_taken) return _taken = true;
            waiting = _waiting.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        try
        {
            await waiting.Value.Task.WaitAsync(timeout, ct);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (_gate)
            {
                // Handed over as the wait ended: the turn is this writer's, who must pass it on.
                if (waiting.List is null) return true;
                _waiting.Remove(waiting);
            }
            if (e is OperationCanceledException) throw;
            return false;
        }
    }

    /// <summary>Takes the turn if no one has it.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            if (_taken) return false;
            return _taken = true;
        }
    }

    /// <summary>Hands the turn to the first writer waiting; false, and the turn stays with the caller, if none waits.</summary>
    public bool TryHandOver() => HandOver(release: false);

    /// <summary>Hands the turn to the first writer waiting, or frees it.</summary>
    public void Pass() => HandOver(release: true);

    private bool HandOver(bool release)
    {
        TaskCompletionSource next;
        lock (_gate)
        {
            if (_waiting.First is not { } first)
            {
                if (release) _taken = false;
                return false;
            }
            _waiting.RemoveFirst();
            next = first.Value;
        }
        next.SetResult();
        return true;
    }
}
