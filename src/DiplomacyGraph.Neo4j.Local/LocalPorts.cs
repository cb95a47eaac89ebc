using System.Net;
using System.Net.Sockets;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>Loopback port checks: is a port free, and which free port can a throwaway instance use.</summary>
public static class LocalPorts
{
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            listener.Listen();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A port the OS considers free right now (it could be taken again before use; start checks again).</summary>
    public static int FindFree()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
