using System.Net;
using System.Net.Sockets;

namespace CasuistiekBot.Testing.Playground;

internal static class LoopbackPort
{
    /// <summary>
    /// Distinct free ports, found by binding them all at once. They are released before the children bind
    /// them; the rare race shows up as a start failure with logs.
    /// </summary>
    public static int[] Free(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
