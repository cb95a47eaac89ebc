using DiplomacyGraph.Neo4j.Internal;

namespace DiplomacyGraph.Neo4j;

/// <summary>
/// An explicit transaction on the server (HTTP transactional API). Requests on one transaction are sent one at a
/// time. While open it is kept alive by an empty request at half its idle lifetime (unless
/// <see cref="Neo4jClientOptions.KeepTransactionsAlive"/> is off); if it expires anyway, the next call throws
/// <see cref="TransactionExpiredException"/>. A server error inside the transaction makes the server roll it back,
/// after which only rollback/dispose are allowed. Not retried statement by statement: use
/// <see cref="Neo4jClient.ExecuteInTransactionAsync{T}"/> to retry a whole unit of work.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private static readonly TimeSpan MinimumKeepAliveDelay = TimeSpan.FromMilliseconds(200);
    private readonly Neo4jClient _client;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Timer? _keepAliveTimer;
    private readonly Uri _commit;
    private Task _keepAlive = Task.CompletedTask;
    private TransactionState _state = TransactionState.Open;
    private Exception? _failure;

    internal Neo4jTransaction(Neo4jClient client, Uri location, Uri commit, ServerResponse opened, DateTimeOffset? serverTime)
    {
        _client = client;
        Uri = location;
        _commit = commit;
        if (client.Options.KeepTransactionsAlive)
        {
            _keepAliveTimer = new Timer(static self => ((Neo4jTransaction)self!).OnKeepAliveDue(), this, Timeout.Infinite, Timeout.Infinite);
        }

        Touched(opened, serverTime);
    }

    private enum TransactionState
    {
        Open,
        Committed,
        RolledBack,
        FailedOnServer,
        Expired,
    }

    /// <summary>The transaction's URL on the server.</summary>
    public Uri Uri { get; }

    /// <summary>When the server will drop the transaction if it stays idle (server clock), as of the last answer.</summary>
    public DateTimeOffset? Expires { get; private set; }

    public async Task<StatementResult> RunAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        var results = await RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Runs several statements in one request, in order, inside this transaction.</summary>
    public Task<IReadOnlyList<StatementResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return ExclusivelyAsync("Running statements in a transaction", async token =>
        {
            var response = await SendAsync(HttpMethod.Post, Uri, statements, token).ConfigureAwait(false);
            return response.Results;
        }, cancellationToken);
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) =>
        ExclusivelyAsync("Committing a transaction", async token =>
        {
            await SendAsync(HttpMethod.Post, _commit, [], token).ConfigureAwait(false);
            _state = TransactionState.Committed;
            StopKeepAlive();
            return true;
        }, cancellationToken);

    /// <summary>Rolls back; a no-op when the server has already rolled the transaction back or dropped it.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state is TransactionState.FailedOnServer or TransactionState.Expired or TransactionState.RolledBack)
        {
            StopKeepAlive();
            _state = TransactionState.RolledBack;
            return;
        }

        await ExclusivelyAsync("Rolling back a transaction", async token =>
        {
            var answer = await _client.Transport.SendAsync(HttpMethod.Delete, Uri, null, token).ConfigureAwait(false);
            _state = TransactionState.RolledBack;
            StopKeepAlive();

            // Neo4j 3.1 answers 200 with an empty body when the transaction had a statement running (it terminates it).
            if (answer.Body.IsEmpty && answer.Status == System.Net.HttpStatusCode.OK)
            {
                return true;
            }

            var response = Neo4jClient.Interpret(answer, Uri);
            if (response.Errors.Count > 0 && response.Errors[0].Code != TransactionExpiredException.NotFoundCode)
            {
                throw response.Errors[0].ToException();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back if still open (best effort: an unreachable server drops the transaction when it expires).</summary>
    public async ValueTask DisposeAsync()
    {
        StopKeepAlive();
        if (_state == TransactionState.Open)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (Exception error) when (error is Neo4jException or ObjectDisposedException)
            {
                // Nothing more can be done here (the server is unreachable, or the client was disposed first);
                // the server expires the transaction on its own.
            }
        }

        if (_keepAliveTimer is not null)
        {
            await _keepAliveTimer.DisposeAsync().ConfigureAwait(false);
        }

        await _keepAlive.ConfigureAwait(false);
    }

    private Task<T> ExclusivelyAsync<T>(string description, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        _client.Executor.ExecuteAsync(description, retry: false, async token =>
        {
            await _gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                ThrowUnlessOpen();
                return await action(token).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }, cancellationToken);

    private async Task<ServerResponse> SendAsync(HttpMethod method, Uri target, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        try
        {
            var (response, answer) = await _client.SendAsync(method, target, statements, inTransaction: true, cancellationToken).ConfigureAwait(false);
            Touched(response, answer.Date);
            return response;
        }
        catch (ClientException error) when (error.Code == TransactionExpiredException.NotFoundCode)
        {
            _state = TransactionState.Expired;
            StopKeepAlive();
            throw new TransactionExpiredException(Uri, error.Message);
        }
        catch (Neo4jException error) when (error.Code is not null)
        {
            // Neo4j rolls a transaction back when a statement in it fails.
            _state = TransactionState.FailedOnServer;
            _failure = error;
            StopKeepAlive();
            throw;
        }
    }

    private void ThrowUnlessOpen()
    {
        switch (_state)
        {
            case TransactionState.Open:
                return;
            case TransactionState.Expired:
                throw new TransactionExpiredException(Uri, "(already known to have expired)");
            case TransactionState.FailedOnServer:
                throw new InvalidOperationException($"The server rolled this transaction back after an error: {_failure?.Message}", _failure);
            default:
                throw new InvalidOperationException($"The transaction is already {(_state == TransactionState.Committed ? "committed" : "rolled back")}.");
        }
    }

    private void Touched(ServerResponse response, DateTimeOffset? serverTime)
    {
        if (response.Expires is not { } expires)
        {
            return;
        }

        Expires = expires;
        if (_keepAliveTimer is not null && _state == TransactionState.Open)
        {
            // Measure the lifetime on the server's clock (its Date header), then wait half of it on ours.
            var lifetime = expires - (serverTime ?? DateTimeOffset.UtcNow);
            var delay = lifetime / 2 > MinimumKeepAliveDelay ? lifetime / 2 : MinimumKeepAliveDelay;
            _keepAliveTimer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnKeepAliveDue() => _keepAlive = KeepAliveAsync();

    private async Task KeepAliveAsync()
    {
        // A request in flight resets the server's idle clock itself and reschedules when it completes.
        if (!await _gate.WaitAsync(0).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            if (_state != TransactionState.Open)
            {
                return;
            }

            using var timeout = new CancellationTokenSource(_client.Options.Timeout);
            await SendAsync(HttpMethod.Post, Uri, [], timeout.Token).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The client was disposed while this transaction was open: nothing can be sent any more.
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException)
        {
            // Expired/failed states are recorded by SendAsync and reported by the next call; for anything else
            // (server briefly unreachable), try again soon.
            if (_state == TransactionState.Open)
            {
                _keepAliveTimer?.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void StopKeepAlive()
    {
        try
        {
            _keepAliveTimer?.Change(Timeout.Infinite, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: nothing left to stop.
        }
    }
}
