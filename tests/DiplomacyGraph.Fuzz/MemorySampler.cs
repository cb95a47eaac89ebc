using System.Globalization;

namespace DiplomacyGraph.Fuzz;

/// <summary>
/// Samples a process's resident memory (VmRSS of /proc/PID/status, Linux) every half second while the
/// run goes: the first sample, the largest, the last.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly object _gate = new();

    public MemorySampler(int pid)
    {
        _pid = pid;
        Start = Read() ?? throw new InvalidOperationException($"Cannot read the memory of process {pid} (/proc/{pid}/status).");
        Max = End = Start;
        _sampling = SampleAsync(_stop.Token);
    }

    /// <summary>Resident memory in bytes.</summary>
    public long Start { get; }

    public long Max { get; private set; }

    public long End { get; private set; }

    public int Samples { get; private set; } = 1;

    public (long Start, long Max, long End) Snapshot()
    {
        lock (_gate)
        {
            return (Start, Max, End);
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                Record();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Record()
    {
        if (Read() is not { } rss)
        {
            return;
        }

        lock (_gate)
        {
            End = rss;
            Max = Math.Max(Max, rss);
            Samples++;
        }
    }

    private long? Read()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        Record();
        await _stop.CancelAsync();
        await _sampling;
    }
}
