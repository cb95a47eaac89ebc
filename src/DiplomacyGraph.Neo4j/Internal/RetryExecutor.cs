using System.Diagnostics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// Runs one call under the client's rules: a deadline (<see cref="Neo4jClientOptions.Timeout"/>) on the whole call,
/// and, when asked, retries of retriable errors with exponential back-off and jitter for at most
/// <see cref="Neo4jClientOptions.MaxRetryTime"/>. The error that ends the call carries every earlier attempt's error.
/// </summary>
internal sealed class RetryExecutor
{
    private static readonly ResiliencePropertyKey<AttemptLog> AttemptLogKey = new("DiplomacyGraph.Neo4j.Attempts");
    private readonly ResiliencePipeline _retrying;
    private readonly ResiliencePipeline _breaker;
    private readonly TimeSpan _timeout;
    private readonly Uri _server;
    private readonly TimeSpan _breakDuration;

    public RetryExecutor(Neo4jClientOptions options)
    {
        _timeout = options.Timeout;
        _server = options.Uri;
        _breakDuration = options.BreakDuration;

        // Shared by every call of the client: only failures to reach the server count, not the server's errors.
        _breaker = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Exception is ServiceUnavailableException),
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(5),
                BreakDuration = options.BreakDuration,
            })
            .Build();
        var maxRetryTime = options.MaxRetryTime;
        _retrying = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = arguments =>
                {
                    var log = arguments.Context.Properties.GetValue(AttemptLogKey, null!);
                    var error = arguments.Outcome.Exception;
                    return ValueTask.FromResult(
                        error is Neo4jException { IsRetriable: true } && log.Clock.Elapsed < maxRetryTime);
                },
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.InitialRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                MaxRetryAttempts = int.MaxValue, // bounded by time (maxRetryTime), not by count
            })
            .Build();
    }

    public async Task<T> ExecuteAsync<T>(
        string description, bool retry, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        var context = ResilienceContextPool.Shared.Get(deadline.Token);
        var log = new AttemptLog();
        context.Properties.Set(AttemptLogKey, log);
        try
        {
            var pipeline = retry ? _retrying : ResiliencePipeline.Empty;
            return await pipeline.ExecuteAsync(
                static async (context, state) =>
                {
                    try
                    {
                        try
                        {
                            var attempt = state.attempt;
                            return await state.self._breaker.ExecuteAsync(
                                async token => await attempt(token).ConfigureAwait(false), context.CancellationToken).ConfigureAwait(false);
                        }
                        catch (BrokenCircuitException open)
                        {
                            throw new CircuitOpenException(
                                $"Neo4j at {state.self._server} could not be reached on recent calls; not trying again for up to {state.self._breakDuration.TotalSeconds:0.###} s.", open);
                        }
                    }
                    catch (Neo4jException error)
                    {
                        state.log.Errors.Add(error);
                        throw;
                    }
                },
                context,
                (attempt, log, self: this)).ConfigureAwait(false);
        }
        catch (OperationCanceledException canceled) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            var timeout = new Neo4jTimeoutException(
                $"{description} did not finish within {_timeout.TotalSeconds:0.###} s (Neo4jClientOptions.Timeout).", canceled);
            timeout.AttachPreviousAttempts(log.Errors);
            throw timeout;
        }
        catch (Neo4jException final) when (log.Errors.Count > 1)
        {
            final.AttachPreviousAttempts(log.Errors.Take(log.Errors.Count - 1).ToList());
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private sealed class AttemptLog
    {
        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public List<Exception> Errors { get; } = [];
    }
}
