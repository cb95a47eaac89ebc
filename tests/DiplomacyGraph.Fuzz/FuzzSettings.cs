namespace DiplomacyGraph.Fuzz;

/// <summary>One run: where, how many, from which seed, how many at once, and whose memory to watch.</summary>
public sealed record FuzzSettings
{
    public required Uri Endpoint { get; init; }

    public int Requests { get; init; } = 10_000;

    public int Seed { get; init; } = 1;

    /// <summary>The index of the first request; with <see cref="Requests"/> = 1, replays one request of a report.</summary>
    public long FirstIndex { get; init; }

    public int Concurrency { get; init; } = 8;

    /// <summary>How many distinct valid documents the run draws from (see <see cref="Generation.ValidDocumentGenerator"/>).</summary>
    public int ValidDocuments { get; init; } = 500;

    /// <summary>How long a request may take before it counts as unanswered.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The host's process id, for its memory; null: not sampled.</summary>
    public int? HostPid { get; init; }

    /// <summary>Resident memory the host must stay under; null: reported, not checked.</summary>
    public long? MaxHostMemoryBytes { get; init; }

    /// <summary>Texts that must appear in no response (the Neo4j password, the API key, the Neo4j address).</summary>
    public IReadOnlyList<string> ForbiddenTexts { get; init; } = [];

    /// <summary>Shares of valid, mutated and malformed requests.</summary>
    public (int Valid, int Mutated, int Malformed) Mix { get; init; } = (40, 40, 20);

    /// <summary>Prints each request's kind, shape, status and time (to look at a few).</summary>
    public bool ShowEachRequest { get; init; }

    /// <summary>Prints progress this often; null: quiet.</summary>
    public TimeSpan? ProgressInterval { get; init; } = TimeSpan.FromSeconds(30);
}
