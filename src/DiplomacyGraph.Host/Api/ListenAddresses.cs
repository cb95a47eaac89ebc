using System.Net;
using System.Net.Sockets;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// The API's listen addresses (<c>--urls</c> / <c>DIPLOMACYGRAPH_URLS</c>, separated by <c>;</c>), checked before
/// anything starts: each must be an absolute http:// or https:// address with a port Kestrel can bind, and the port
/// must be free. Kestrel itself would throw a FormatException for a bad address and log a stack trace for a taken
/// port; these checks turn both into one-line errors.
/// </summary>
public static class ListenAddresses
{
    /// <summary>Null when every address is well formed, else why the first one is not.</summary>
    public static string? Problem(string urls)
    {
        if (string.IsNullOrWhiteSpace(urls))
        {
            return "no listen address given";
        }

        foreach (var url in Split(urls))
        {
            if (TryParse(url) is not { } uri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"'{url}' is not an absolute http:// or https:// address (e.g. http://127.0.0.1:5080)";
            }

            if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
            {
                return $"'{url}' has a path; a listen address is scheme, host and port only";
            }
        }

        return null;
    }

    /// <summary>Throws an <see cref="IOException"/> naming the address when one of the ports is taken (port 0, any free port, never is).</summary>
    public static void EnsureFree(string urls)
    {
        foreach (var url in Split(urls))
        {
            var uri = TryParse(url) ?? throw new ArgumentException($"--urls: {Problem(urls)}.");
            if (uri.Port == 0)
            {
                continue;
            }

            var address = uri.Host switch
            {
                "localhost" => IPAddress.Loopback,
                "0.0.0.0" => IPAddress.Any,
                "[::]" => IPAddress.IPv6Any,
                var host => IPAddress.TryParse(host.Trim('[', ']'), out var parsed) ? parsed : IPAddress.Any,
            };
            try
            {
                var probe = new TcpListener(address, uri.Port);
                probe.Start();
                probe.Stop();
            }
            catch (SocketException error) when (error.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new IOException($"Cannot serve the API on {url}: port {uri.Port} is already in use. Stop what listens there or choose another address with --urls.", error);
            }
            catch (SocketException error)
            {
                throw new IOException($"Cannot serve the API on {url}: {error.Message}.", error);
            }
        }
    }

    /// <summary>Kestrel's "any address" hosts (<c>*</c>, <c>+</c>) are not valid in a URI; they mean 0.0.0.0.</summary>
    private static Uri? TryParse(string url)
    {
        var normalized = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) ? uri : null;
    }

    private static IEnumerable<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
