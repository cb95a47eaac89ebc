using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using DiplomacyGraph.Neo4j.Internal;

namespace DiplomacyGraph.Neo4j;

/// <summary>
/// A small client for Neo4j's HTTP transactional API (3.x, 4.x, 5.x). Thread-safe; make one per server and share
/// it. A <see cref="RunAutoCommitAsync(Statement, CancellationToken)"/> is one HTTP request and a
/// <see cref="RunAsync(Statement, CancellationToken)"/> two (so that cancellation can end it in Neo4j): the
/// transaction endpoint is discovered once (on first use) and cached.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    private static readonly ReadOnlyMemory<byte> NoStatements = "{\"statements\":[]}"u8.ToArray();
    private static readonly TimeSpan TerminationTimeout = TimeSpan.FromSeconds(5);
    private readonly HttpTransport _transport;
    private readonly RetryExecutor _executor;
    private readonly Lock _cacheLock = new();
    private Task<TransactionEndpoint>? _endpoint;
    private Task<ServerInfo>? _serverInfo;
    private IStatementObserver[] _observers = [];

    public Neo4jClient(Neo4jClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"The Neo4j URI must be the server's HTTP address (e.g. http://localhost:7474), not '{options.Uri}': " +
                "this client speaks Neo4j's HTTP API, not Bolt.", nameof(options));
        }

        Options = options;
        _transport = new HttpTransport(options);
        _executor = new RetryExecutor(options);
    }

    public Neo4jClientOptions Options { get; }

    internal HttpTransport Transport => _transport;

    internal RetryExecutor Executor => _executor;

    /// <summary>Runs one statement in a transaction of its own that cancellation rolls back; retried on transient errors and connection failures.</summary>
    public async Task<StatementResult> RunAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        var results = await RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Runs several statements in one transaction: all of them take effect or none. Retried as a whole on
    /// transient errors and connection failures, so make writes idempotent (MERGE) where a connection failure
    /// after the server committed could matter.
    /// </summary>
    /// <remarks>
    /// Sent as an explicit transaction that is opened empty and then committed with the statements in one
    /// request, rather than to the auto-commit endpoint: the server then knows the transaction by a URL while
    /// the statements run, so cancellation (the caller's token, <see cref="Neo4jClientOptions.Timeout"/>) rolls it
    /// back with <c>DELETE</c>, which terminates the running statement in Neo4j 3.1 to 5.x. Closing the
    /// connection of an auto-commit request does not: the statement would run on to its end.
    /// </remarks>
    public Task<IReadOnlyList<StatementResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return _executor.ExecuteAsync(
            "Running " + Describe(statements),
            retry: true,
            async token =>
            {
                var (location, commit, _, _) = await OpenTransactionAsync(token).ConfigureAwait(false);
                try
                {
                    var (response, _) = await SendAsync(HttpMethod.Post, commit, statements, inTransaction: false, token).ConfigureAwait(false);
                    return response.Results;
                }
                catch (Exception error) when (error is OperationCanceledException or ServiceUnavailableException or Neo4jProtocolException)
                {
                    // The statements may still be running on the server: end them there.
                    await TerminateAsync(location).ConfigureAwait(false);
                    throw;
                }
            },
            cancellationToken);
    }

    /// <summary>Runs one short statement: see <see cref="RunAutoCommitAsync(IReadOnlyList{Statement}, CancellationToken)"/>.</summary>
    public async Task<StatementResult> RunAutoCommitAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        var results = await RunAutoCommitAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Runs statements known to be short in one request to the auto-commit endpoint, half the requests of
    /// <see cref="RunAsync(IReadOnlyList{Statement}, CancellationToken)"/>; retried on transient errors and
    /// connection failures. The price: cancellation ends only the call, not the statements, which run on in Neo4j to
    /// their end (bounded by the server's transaction timeout). So use it only where that end is near anyway.
    /// </summary>
    public Task<IReadOnlyList<StatementResult>> RunAutoCommitAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return _executor.ExecuteAsync(
            "Running " + Describe(statements),
            retry: true,
            async token =>
            {
                var endpoint = await GetEndpointAsync(token).ConfigureAwait(false);
                var (response, _) = await SendAsync(HttpMethod.Post, endpoint.AutoCommit, statements, inTransaction: false, token, autoCommit: true).ConfigureAwait(false);
                return response.Results;
            },
            cancellationToken);
    }

    /// <summary>Opens an explicit transaction; commit or roll it back, and dispose it (which rolls back if still open).</summary>
    public Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        _executor.ExecuteAsync(
            "Beginning a transaction",
            retry: true,
            async token =>
            {
                var (location, commit, response, serverTime) = await OpenTransactionAsync(token).ConfigureAwait(false);
                return new Neo4jTransaction(this, location, commit, response, serverTime);
            },
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction and commits it. If anything fails with a retriable
    /// error, the transaction is rolled back and the whole work is run again (within the retry time budget), so
    /// <paramref name="work"/> must not have side effects outside the transaction.
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(
        Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _executor.ExecuteAsync(
            "A transaction",
            retry: true,
            async token =>
            {
                await using var transaction = await BeginTransactionAsync(token).ConfigureAwait(false);
                var result = await work(transaction, token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return result;
            },
            cancellationToken);
    }

    /// <summary>The server's name, version and edition (<c>CALL dbms.components()</c>), asked once and cached.</summary>
    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        lock (_cacheLock)
        {
            if (_serverInfo is null || _serverInfo.IsFaulted || _serverInfo.IsCanceled)
            {
                _serverInfo = QueryServerInfoAsync();
            }

            return _serverInfo.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Attaches an observer of every request that carries statements; dispose the result to detach it.</summary>
    public IDisposable AddObserver(IStatementObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_cacheLock)
        {
            _observers = [.. _observers, observer];
        }

        return new ObserverRegistration(this, observer);
    }

    public void Dispose() => _transport.Dispose();

    /// <summary>Sends statements to a transaction URL, reports them to observers and throws the first server error.</summary>
    internal async Task<(ServerResponse Response, HttpAnswer Answer)> SendAsync(
        HttpMethod method, Uri target, IReadOnlyList<Statement> statements, bool inTransaction, CancellationToken cancellationToken, bool autoCommit = false)
    {
        var body = statements.Count == 0 ? null : RequestBody.Write(statements);
        var clock = Stopwatch.StartNew();
        try
        {
            var answer = await _transport.SendAsync(method, target, body?.WrittenMemory ?? NoStatements, cancellationToken).ConfigureAwait(false);

            // Answered: the handler is done with the body (after a failure it may not be, so then the pool does without it).
            body?.Dispose();
            var response = Interpret(answer, target);
            ThrowOnErrors(response);
            Notify(statements, inTransaction, autoCommit, clock.Elapsed, null);
            return (response, answer);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Notify(statements, inTransaction, autoCommit, clock.Elapsed, error);
            throw;
        }
    }

    /// <summary>Reads an answer's JSON; a body that is not the transactional API's JSON is a protocol error.</summary>
    internal static ServerResponse Interpret(HttpAnswer answer, Uri target)
    {
        ServerResponse response;
        try
        {
            response = ResponseReader.Read(answer.Body);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new Neo4jProtocolException(
                $"Neo4j answered {(int)answer.Status} {answer.Status} to {target} with a body that is not the transactional API's JSON: " +
                Shorten(Encoding.UTF8.GetString(answer.Body.Span)), exception);
        }

        if ((int)answer.Status >= 300 && response.Errors.Count == 0)
        {
            throw new Neo4jProtocolException($"Neo4j answered {(int)answer.Status} {answer.Status} to {target}: {Shorten(Encoding.UTF8.GetString(answer.Body.Span))}");
        }

        return response;
    }

    internal static void ThrowOnErrors(ServerResponse response)
    {
        if (response.Errors.Count > 0)
        {
            throw response.Errors[0].ToException();
        }
    }

    /// <summary>Opens an empty explicit transaction: its URL, its commit URL, the server's answer and clock.</summary>
    private async Task<(Uri Location, Uri Commit, ServerResponse Response, DateTimeOffset? ServerTime)> OpenTransactionAsync(CancellationToken cancellationToken)
    {
        var endpoint = await GetEndpointAsync(cancellationToken).ConfigureAwait(false);
        var answer = await _transport.SendAsync(HttpMethod.Post, endpoint.Begin, NoStatements, cancellationToken).ConfigureAwait(false);
        var response = Interpret(answer, endpoint.Begin);
        ThrowOnErrors(response);
        var location = answer.Location is { } advertised ? _transport.Resolve(advertised.ToString()) : throw new Neo4jProtocolException(
            $"Neo4j answered {(int)answer.Status} to opening a transaction at {endpoint.Begin} without a Location header.");
        var commit = response.CommitUri is { } commitUri ? _transport.Resolve(commitUri) : new Uri(location + "/commit");
        return (location, commit, response, answer.Date);
    }

    /// <summary>
    /// Rolls back a transaction whose statements may still be running, which makes Neo4j terminate them (verified
    /// on 3.1.1: the statement ends within a fraction of a second and its locks are released). Best effort, not
    /// tied to the caller's (cancelled) token: if Neo4j cannot be reached, its transaction timeout ends the work.
    /// </summary>
    internal async Task TerminateAsync(Uri transaction)
    {
        using var timeout = new CancellationTokenSource(TerminationTimeout);
        try
        {
            await _transport.SendAsync(HttpMethod.Delete, transaction, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException or ObjectDisposedException)
        {
            // Nothing more to do from here; the server's own timeouts reclaim the transaction.
        }
    }

    private Task<TransactionEndpoint> GetEndpointAsync(CancellationToken cancellationToken)
    {
        lock (_cacheLock)
        {
            // Discovered once; a failed discovery (server not up yet) is forgotten so the next call asks again.
            if (_endpoint is null || _endpoint.IsFaulted || _endpoint.IsCanceled)
            {
                _endpoint = DiscoverAsync();
            }

            return _endpoint.WaitAsync(cancellationToken);
        }
    }

    private async Task<TransactionEndpoint> DiscoverAsync()
    {
        // Not tied to any one caller's token: the result is shared by every caller.
        using var timeout = new CancellationTokenSource(Options.Timeout);
        var root = new Uri(_transport.BaseUri, "/");
        var answer = await _transport.SendAsync(HttpMethod.Get, root, null, timeout.Token).ConfigureAwait(false);
        if (answer.Status != HttpStatusCode.OK)
        {
            throw new Neo4jProtocolException(
                $"{root} answered {(int)answer.Status} {answer.Status} instead of Neo4j's root document: {Shorten(Encoding.UTF8.GetString(answer.Body.Span))}");
        }

        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            return TransactionEndpoint.FromRootDocument(document.RootElement, _transport.BaseUri, Options.Database);
        }
        catch (JsonException exception)
        {
            throw new Neo4jProtocolException($"{root} is not Neo4j's HTTP API: its root document is not JSON.", exception);
        }
    }

    private async Task<ServerInfo> QueryServerInfoAsync()
    {
        var result = await RunAsync(new Statement("CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition")).ConfigureAwait(false);
        var kernel = result.Records.FirstOrDefault(record => record.Get<string>("name") == "Neo4j Kernel") ?? result.Records[0];
        var versions = kernel.Get<IReadOnlyList<object?>>("versions");
        return new ServerInfo(kernel.Get<string>("name"), (string)versions[0]!, kernel.Get<string>("edition"));
    }

    private void Notify(IReadOnlyList<Statement> statements, bool inTransaction, bool autoCommit, TimeSpan elapsed, Exception? error)
    {
        var observers = Volatile.Read(ref _observers);
        if (observers.Length == 0 || statements.Count == 0)
        {
            return;
        }

        var execution = new StatementExecution(statements, inTransaction, elapsed, error) { AutoCommit = autoCommit };
        foreach (var observer in observers)
        {
            observer.OnExecuted(execution);
        }
    }

    private static string Describe(IReadOnlyList<Statement> statements) =>
        statements.Count == 1 ? $"statement '{Shorten(statements[0].Text, 80)}'" : $"{statements.Count} statements";

    private static string Shorten(string text, int length = 300) => text.Length <= length ? text : text[..length] + "...";

    private sealed class ObserverRegistration(Neo4jClient client, IStatementObserver observer) : IDisposable
    {
        public void Dispose()
        {
            lock (client._cacheLock)
            {
                client._observers = client._observers.Where(existing => !ReferenceEquals(existing, observer)).ToArray();
            }
        }
    }
}
