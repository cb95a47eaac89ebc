namespace DiplomacyGraph.Neo4j.Local;

/// <summary>How one local Neo4j instance is laid out and listens. Every instance has its own folder.</summary>
public sealed record Neo4jInstanceOptions
{
    /// <summary>The instance's own folder: conf/, data/, logs/, run/, its password and its supervisor's pid.</summary>
    public required string Directory { get; init; }

    public int HttpPort { get; init; } = 7474;

    public int BoltPort { get; init; } = 7687;

    /// <summary>Maximum JVM heap. Small by default so several instances (dev server, test runs) fit on one machine.</summary>
    public string HeapSize { get; init; } = "512m";

    public string PageCacheSize { get; init; } = "64m";

    /// <summary>
    /// Neo4j's HTTP worker threads (<c>dbms.threads.worker_count</c>), which run the statements sent over HTTP. Neo4j 3.1
    /// defaults to one per core, so on 2 cores two slow statements held every worker and everything else waited; 32
    /// exceeds what the API lets run at once (its read lanes and curation writes), so cheap reads always find one.
    /// </summary>
    public int HttpWorkerThreads { get; init; } = DefaultHttpWorkerThreads;

    public const int DefaultHttpWorkerThreads = 32;

    /// <summary>How long an idle HTTP transaction lives on the server (Neo4j's default is 60 s).</summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest any transaction may run on the server (<c>dbms.transaction.timeout</c>; Neo4j 5 calls it
    /// <c>db.transaction.timeout</c>): past it Neo4j terminates the transaction itself. A backstop for a
    /// statement whose client is gone without rolling it back; the client ends cancelled statements sooner.
    /// </summary>
    public TimeSpan TransactionTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Once started, a Neo4j that dies (killed, out of memory) is started again by its supervisor, after 1, 2, 4 … s;
    /// after more than this many deaths within <see cref="RestartWindow"/> it gives up and stays stopped. 0: never restart.
    /// </summary>
    public int RestartLimit { get; init; } = 3;

    /// <summary>The span within which <see cref="RestartLimit"/> deaths make the supervisor give up.</summary>
    public TimeSpan RestartWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait for the server to answer HTTP after launch before giving up with its log tail.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// When true, the instance's supervisor stops Neo4j as soon as this process is gone, even if it dies without
    /// cleaning up (test hosts, <c>run</c>). When false, the server outlives this process (<c>neo4j start</c>).
    /// </summary>
    public bool StopWhenThisProcessExits { get; init; }

    /// <summary>The dev server's instance, kept under the local folder so its data and password persist.</summary>
    public static Neo4jInstanceOptions ForDevServer(string localFolder) =>
        new() { Directory = Path.Combine(localFolder, "neo4j", "dev") };
}
