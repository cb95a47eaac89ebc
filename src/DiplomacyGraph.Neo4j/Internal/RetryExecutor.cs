using System.Diagnostics;
using Polly;
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
    private readonly TimeSpan _timeout;

    public RetryExecutor(Neo4jClientOptions options)
    {
        _timeout = options.Timeout;
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
                        return await state.attempt(context.CancellationToken).ConfigureAwait(false);
                    }
                    catch (Neo4jException error)
                    {
                        state.log.Errors.Add(error);
                        throw;
                    }
                },
                context,
                (attempt, log)).ConfigureAwait(false);
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
