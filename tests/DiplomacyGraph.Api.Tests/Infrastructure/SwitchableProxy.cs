using System.Net;
using System.Net.Sockets;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// A TCP forwarder in front of the real Neo4j that can be switched off (every connection reset, new ones refused,
/// as when Neo4j dies) and on again on the same port (as when it comes back), without touching the shared server.
/// </summary>
public sealed class SwitchableProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public SwitchableProxy(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        SwitchOn();
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public void SwitchOn()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public void SwitchOff()
    {
        _stop.Cancel();
        _listener?.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                try
                {
                    if (connection.Client is { } socket)
                    {
                        socket.LingerState = new LingerOption(true, 0); // reset, as a dead process's sockets are
                    }
                }
                catch (ObjectDisposedException)
                {
                    // Closed by its forwarder a moment ago (one side hung up): nothing left to reset.
                }

                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        SwitchOff();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(inbound, stop);
        }
    }

    private async Task ForwardAsync(TcpClient inbound, CancellationToken stop)
    {
        var outbound = new TcpClient();
        lock (_connections)
        {
            _connections.Add(inbound);
            _connections.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, stop);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), stop);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), stop);
            await Task.WhenAny(up, down);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The proxy was switched off, or one side closed.
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(inbound);
                _connections.Remove(outbound);
            }

            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
