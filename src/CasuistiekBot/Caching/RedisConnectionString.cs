using System.Globalization;
using StackExchange.Redis;

namespace CasuistiekBot.Caching;

/// <summary>
/// Turns configuration into client options. Hosting platforms hand out redis:// URLs, which StackExchange.Redis 1.x
/// cannot parse, so those are translated into its "host:port,option=value" form first.
/// </summary>
internal static class RedisConnectionString
{
    public static ConfigurationOptions ToConfiguration(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(Normalize(options.ConnectionString));
        // Never fail the app because Redis is down at start: the multiplexer keeps trying in the background.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Milliseconds(options.ConnectTimeout);
        configuration.SyncTimeout = Milliseconds(options.SyncTimeout);
        configuration.ReconnectRetryPolicy = new LinearRetry(Milliseconds(options.ReconnectInterval));
        configuration.ClientName ??= "casuistiek";
        return configuration;
    }

    public static string Normalize(string connectionString)
    {
        var trimmed = connectionString.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss")) return trimmed;

        var parts = new List<string> { $"{uri.Host}:{(uri.IsDefaultPort ? 6379 : uri.Port)}" };
        if (uri.UserInfo.Length > 0)
        {
            // redis://user:password@host or redis://:password@host; 1.x has no ACL user names, only the password counts.
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var password = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[(separator + 1)..]);
            if (password.Length > 0) parts.Add($"password={password}");
        }
        if (int.TryParse(uri.AbsolutePath.Trim('/'), NumberStyles.None, CultureInfo.InvariantCulture, out var database))
        {
            parts.Add($"defaultDatabase={database}");
        }
        if (uri.Scheme == "rediss") parts.Add("ssl=true");
        return string.Join(',', parts);
    }

    private static int Milliseconds(TimeSpan duration) => (int)Math.Clamp(duration.TotalMilliseconds, 1, int.MaxValue);
}
