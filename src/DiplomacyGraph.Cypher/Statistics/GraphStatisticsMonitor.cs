using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Statistics;

/// <summary>
/// The live graph's <see cref="GraphStatistics"/>, read in the background when started and again every
/// <paramref name="interval"/> (the largest degrees, a scan of every label, every <see cref="LargestDegreesInterval"/>),
/// so a request never waits for them and never fails because of them. <see cref="Current"/>
/// is null until the first read succeeds (the cost limit then counts from the request alone); a failed refresh keeps
/// the last statistics read (a graph does not change size much in a minute) and is retried after
/// <paramref name="retryAfterFailure"/>.
/// </summary>
/// <param name="neo4j">A client of its own, disposed with the monitor: its statements are not the API's (they stay out of the API's statement log).</param>
/// <param name="onRead">Told each successful background read.</param>
/// <param name="onFailure">Told each failed background read (e.g. to log it); never thrown.</param>
public sealed class GraphStatisticsMonitor(
    GraphStatisticsReader reader,
    Neo4jClient neo4j,
    TimeSpan interval,
    TimeSpan retryAfterFailure,
    Action? onRead = null,
    Action<Exception>? onFailure = null) : IDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan DefaultRetryAfterFailure = TimeSpan.FromSeconds(5);

    /// <summary>How often the largest degrees are read again: each read scans every label (seconds at a million nodes).</summary>
    public static readonly TimeSpan LargestDegreesInterval = TimeSpan.FromMinutes(15);

    private readonly CancellationTokenSource _stopping = new();
    private GraphStatistics? _current;
    private IReadOnlyDictionary<(string, string, Schema.RelationshipDirection), long>? _largestDegrees;
    private DateTime _largestDegreesRead;
    private Task? _loop;
    private int _disposed;

    /// <summary>The statistics last read, or null before the first read succeeded.</summary>
    public GraphStatistics? Current => Volatile.Read(ref _current);

    /// <summary>Starts reading in the background; returns at once.</summary>
    public void Start() => _loop ??= Task.Run(() => RefreshLoopAsync(_stopping.Token));

    /// <summary>Reads all the statistics now, the largest degrees too.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken = default) => RefreshAsync(readLargestDegrees: true, cancellationToken);

    /// <summary>
    /// The counts, published at once (the first time with no largest degrees yet), then the largest degrees when
    /// asked, published with them.
    /// </summary>
    private async Task RefreshAsync(bool readLargestDegrees, CancellationToken cancellationToken)
    {
        var counts = await reader.ReadAsync(neo4j, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _current, counts with { LargestDegrees = Volatile.Read(ref _largestDegrees) });
        if (readLargestDegrees)
        {
            var largest = await reader.ReadLargestDegreesAsync(neo4j, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _largestDegrees, largest);
            _largestDegreesRead = DateTime.UtcNow;
            Volatile.Write(ref _current, counts with { LargestDegrees = largest });
        }
    }

    private async Task RefreshLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var wait = interval;
            try
            {
                var degreesDue = Volatile.Read(ref _largestDegrees) is null || DateTime.UtcNow - _largestDegreesRead >= LargestDegreesInterval;
                await RefreshAsync(degreesDue, stopping).ConfigureAwait(false);
                onRead?.Invoke();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed read must never reach a request: it is reported and retried.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                onFailure?.Invoke(exception);
                wait = retryAfterFailure;
            }

            try
            {
                await Task.Delay(wait, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends on cancellation; nothing else escapes it.
        }

        _stopping.Dispose();
        neo4j.Dispose();
    }
}
