using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DiplomacyGraph.Fuzz.Sending;

/// <summary>Sends a <see cref="FuzzRequest"/> to the endpoint's host and reads the whole response.</summary>
public sealed class RequestSender : IDisposable
{
    private const int MaxBodyCharacters = 8 * 1024 * 1024;
    private static readonly TimeSpan HalfCloseAfter = TimeSpan.FromSeconds(2);

    private readonly Uri _endpoint;
    private readonly TimeSpan _timeout;
    private readonly HttpClient _http;

    public RequestSender(Uri endpoint, int concurrency, TimeSpan timeout)
    {
        _endpoint = endpoint;
        _timeout = timeout;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Task<FuzzResponse> SendAsync(FuzzRequest request, CancellationToken cancellationToken) =>
        request.Raw is { } raw ? SendRawAsync(raw, cancellationToken) : SendHttpAsync(request.Http!, cancellationToken);

    private async Task<FuzzResponse> SendHttpAsync(HttpForm form, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(form.Method), new Uri(_endpoint, form.PathAndQuery));
        if (form.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            if (form.ContentType is { } contentType)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in form.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, deadline.Token);
            var text = await response.Content.ReadAsStringAsync(deadline.Token);
            return new FuzzResponse(
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(),
                Trim(text),
                response.Headers.RetryAfter?.ToString());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FuzzResponse(FuzzResponse.NoAnswer, null, string.Empty, null);
        }
        catch (HttpRequestException)
        {
            return new FuzzResponse(FuzzResponse.Closed, null, string.Empty, null);
        }
    }

    /// <summary>Writes the bytes, half-closes (so a server waiting for more body sees its end), reads until the server closes.</summary>
    private async Task<FuzzResponse> SendRawAsync(byte[] raw, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var received = new MemoryStream();
        try
        {
            await socket.ConnectAsync(_endpoint.Host, _endpoint.Port, deadline.Token);
            try
            {
                await socket.SendAsync(raw, SocketFlags.None, deadline.Token);
            }
            catch (SocketException)
            {
                // The server may answer and close before it has read everything (an oversized header); read what it said.
            }

            var buffer = new byte[16 * 1024];
            var halfClosed = false;
            while (received.Length < MaxBodyCharacters)
            {
                // A server still waiting for the rest of a body hears its end after a pause: the half-close.
                // (Closing at once would make it drop a request it was about to refuse with a 400.)
                using var pause = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
                if (!halfClosed)
                {
                    pause.CancelAfter(HalfCloseAfter);
                }

                int count;
                try
                {
                    count = await socket.ReceiveAsync(buffer, SocketFlags.None, pause.Token);
                }
                catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
                {
                    socket.Shutdown(SocketShutdown.Send);
                    halfClosed = true;
                    continue;
                }

                if (count == 0)
                {
                    break;
                }

                received.Write(buffer, 0, count);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return received.Length == 0 ? new FuzzResponse(FuzzResponse.NoAnswer, null, string.Empty, null) : RawResponse.Parse(received.ToArray(), Trim);
        }
        catch (SocketException)
        {
            // A reset after the response still leaves the response readable.
        }

        return received.Length == 0 ? new FuzzResponse(FuzzResponse.Closed, null, string.Empty, null) : RawResponse.Parse(received.ToArray(), Trim);
    }

    private static string Trim(string text) => text.Length > MaxBodyCharacters ? text[..MaxBodyCharacters] : text;

    public void Dispose() => _http.Dispose();
}

/// <summary>Reads the status, headers and body of the first HTTP/1.1 response in what a socket received.</summary>
internal static class RawResponse
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    public static FuzzResponse Parse(byte[] bytes, Func<string, string> trim)
    {
        var headerEnd = bytes.AsSpan().IndexOf(HeaderEnd);
        var head = Encoding.Latin1.GetString(bytes, 0, headerEnd < 0 ? bytes.Length : headerEnd);
        var lines = head.Split("\r\n");
        var statusParts = lines[0].Split(' ');
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || !int.TryParse(statusParts[1], out var status))
        {
            return new FuzzResponse(FuzzResponse.NotHttp1, null, trim(Encoding.UTF8.GetString(bytes)), null);
        }

        // An interim response (100 Continue) comes before the final one, when there is one.
        if (status is >= 100 and < 200 && headerEnd >= 0 && bytes.Length > headerEnd + HeaderEnd.Length)
        {
            return Parse(bytes[(headerEnd + HeaderEnd.Length)..], trim);
        }

        string? Header(string name) => lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();

        var body = headerEnd < 0 ? [] : bytes.AsSpan(headerEnd + HeaderEnd.Length);
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }
        else if (int.TryParse(Header("Content-Length"), out var length) && length < body.Length)
        {
            body = body[..length];
        }

        return new FuzzResponse(status, Header("Content-Type"), trim(Encoding.UTF8.GetString(body)), Header("Retry-After"));
    }

    /// <summary>The chunks' data, read leniently: the checker only needs the text.</summary>
    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        var result = new MemoryStream();
        while (body.Length > 0)
        {
            var lineEnd = body.IndexOf(LineEnd);
            if (lineEnd < 0
                || !int.TryParse(Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0], System.Globalization.NumberStyles.HexNumber, null, out var size)
                || size <= 0)
            {
                break;
            }

            body = body[(lineEnd + LineEnd.Length)..];
            var take = Math.Min(size, body.Length);
            result.Write(body[..take]);
            body = body[Math.Min(body.Length, take + LineEnd.Length)..];
        }

        return result.ToArray();
    }
}
