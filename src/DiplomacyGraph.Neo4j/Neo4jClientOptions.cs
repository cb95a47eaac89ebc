namespace DiplomacyGraph.Neo4j;

/// <summary>Where the server is and how patient the client is with it.</summary>
public sealed record Neo4jClientOptions
{
    /// <summary>The server's HTTP root, e.g. <c>http://127.0.0.1:7474</c>. Only http/https: this client speaks the HTTP API, not Bolt.</summary>
    public required Uri Uri { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>The database name for 4.x/5.x servers (3.x has only one database and ignores it).</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>The most one call may take, retries and back-off included. Pass a CancellationToken to stop sooner.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to keep retrying transient errors and connection failures before giving up.</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The first back-off delay; later ones double (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After connection failures on most calls of a short window (at least two), calls fail at once with
    /// <see cref="CircuitOpenException"/> for this long; then one call is let through, and its success closes the
    /// circuit again. So an outage costs each caller milliseconds, not <see cref="MaxRetryTime"/>.
    /// </summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Keep explicit transactions alive while open by pinging the server before they expire.</summary>
    public bool KeepTransactionsAlive { get; init; } = true;
}
