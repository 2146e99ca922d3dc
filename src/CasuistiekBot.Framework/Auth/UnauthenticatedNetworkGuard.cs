using System.Net;

namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// Without a <c>MicrosoftAppId</c> the bot accepts unauthenticated activities (that is how the Emulator and Agents
/// Playground work locally), so such an app must not be reachable from the network: it may listen on loopback
/// addresses only, unless <c>Bot:AllowUnauthenticatedOnNetwork</c> is explicitly true.
/// </summary>
public static class UnauthenticatedNetworkGuard
{
    /// <summary>The configuration key of the explicit opt-out.</summary>
    public const string AllowUnauthenticatedOnNetworkKey = "Bot:AllowUnauthenticatedOnNetwork";

    /// <summary>
    /// Decides from the addresses the server really listens on (Kestrel's <c>IServerAddressesFeature</c> after start,
    /// e.g. <c>http://127.0.0.1:5000</c>, <c>http://[::1]:5000</c>, <c>http://localhost:5000</c>, <c>http://*:8080</c>)
    /// or bare host names/IP addresses. No addresses means an in-memory server (TestServer), which is not on the network.
    /// </summary>
    public static NetworkGuardDecision Evaluate(string? microsoftAppId, IEnumerable<string> listenAddresses, bool allowUnauthenticatedOnNetwork)
    {
        ArgumentNullException.ThrowIfNull(listenAddresses);
        if (!string.IsNullOrEmpty(microsoftAppId))
        {
            return new(true, "MicrosoftAppId is set: every inbound activity must carry a valid Bot Framework token.");
        }

        var exposed = listenAddresses.Where(address => !IsLoopback(address)).ToList();
        if (exposed.Count == 0)
        {
            return new(true, "MicrosoftAppId is empty: inbound activities are accepted without a token, on loopback addresses only.");
        }
        if (allowUnauthenticatedOnNetwork)
        {
            return new(true, $"MicrosoftAppId is empty and {AllowUnauthenticatedOnNetworkKey} is true: " +
                             $"UNAUTHENTICATED activities are accepted on {string.Join(", ", exposed)}.");
        }
        return new(false, $"Refusing to start: MicrosoftAppId is empty, so anyone could post activities, and the app listens on " +
                          $"{string.Join(", ", exposed)}. Set MicrosoftAppId (with MicrosoftAppPassword and MicrosoftAppTenantId), " +
                          $"listen on 127.0.0.1/[::1]/localhost only, or set {AllowUnauthenticatedOnNetworkKey}=true if this network is trusted.");
    }

    /// <summary>True for <c>localhost</c>, 127.0.0.0/8 and ::1, bare or inside a URL; false for wildcards (<c>*</c>, <c>+</c>, 0.0.0.0) and other hosts.</summary>
    public static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(host, out var ip)) return false;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return IPAddress.IsLoopback(ip);
    }

    // Kestrel accepts hosts Uri cannot parse ("http://*:80", "http://+:80"), so the host is cut out by hand.
    private static string HostOf(string address)
    {
        var rest = address.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) rest = rest[(scheme + 3)..];
        var path = rest.IndexOf('/');
        if (path >= 0) rest = rest[..path];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            return close > 0 ? rest[1..close] : rest;
        }
        // One colon is a port; more than one is a bare IPv6 address.
        var colon = rest.IndexOf(':');
        return colon >= 0 && colon == rest.LastIndexOf(':') ? rest[..colon] : rest;
    }
}
