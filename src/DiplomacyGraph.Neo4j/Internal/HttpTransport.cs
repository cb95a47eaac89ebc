using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// The client's one connection pool (one <see cref="SocketsHttpHandler"/>, Basic auth computed once) and the mapping of
/// transport failures onto the exception family: unreachable or 502/503/504 → <see cref="ServiceUnavailableException"/>.
/// Requests go straight to the handler through an <see cref="HttpMessageInvoker"/>: <see cref="HttpClient"/> would add
/// per request what this client does itself or never uses (a timeout and its linked cancellation source, default
/// headers merged into each request, base-address resolution), about 2% of the API's CPU under load.
/// </summary>
internal sealed class HttpTransport : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpMessageInvoker _http;
    private readonly string? _authorization;
    private long _requests;

    public HttpTransport(Neo4jClientOptions options)
    {
        BaseUri = options.Uri;
        var handler = new SocketsHttpHandler
        {
            // Recycle connections now and then so a server restarted behind the same name is picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        _http = new HttpMessageInvoker(handler, disposeHandler: true);
        if (options.User is not null)
        {
            _authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        }
    }

    public Uri BaseUri { get; }

    /// <summary>Requests sent so far (the tests check how many a call costs).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>A URL the server advertised, re-rooted on the configured host and port (only its path is trusted).</summary>
    public Uri Resolve(string advertised) =>
        new(BaseUri, Uri.TryCreate(advertised, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : advertised);

    public async Task<HttpAnswer> SendAsync(HttpMethod method, Uri uri, ReadOnlyMemory<byte>? body, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (_authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        }

        if (body is { } content)
        {
            request.Content = new ReadOnlyMemoryContent(content);
            request.Content.Headers.ContentType = Json;
        }

        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
            {
                throw new ServiceUnavailableException($"Neo4j at {BaseUri} is unavailable: {method} {uri.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            // Reading the body is part of reaching the server: a connection lost mid-answer is a transport failure too.
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new HttpAnswer(response.StatusCode, bytes, response.Headers.Location, response.Headers.Date);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new ServiceUnavailableException($"Could not reach Neo4j at {BaseUri}: {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: the handler's own connect timeout.
            throw new ServiceUnavailableException($"Could not connect to Neo4j at {BaseUri} in time: {exception.Message}", exception);
        }
    }

    public void Dispose() => _http.Dispose();
}
