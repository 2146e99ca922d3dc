using System.Globalization;
using StackExchange.Redis;

namespace CasuistiekBot.Caching;

/// <summary>
/// Turns configuration into client options. Hosting platforms hand out redis:// and rediss:// URLs, which
/// StackExchange.Redis does not parse, so those are read here; "host:port,option=value" strings go to the client as they are.
/// </summary>
internal static class RedisConnectionString
{
    public static ConfigurationOptions ToConfiguration(RedisOptions options)
    {
        var configuration = Parse(options.ConnectionString);
        // Never fail the app because Redis is down at start: the multiplexer keeps trying in the background.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Milliseconds(options.ConnectTimeout);
        configuration.SyncTimeout = Milliseconds(options.SyncTimeout);
        configuration.AsyncTimeout = Milliseconds(options.OperationTimeout);
        configuration.ReconnectRetryPolicy = new LinearRetry(Milliseconds(options.ReconnectInterval));
        configuration.ClientName ??= "casuistiek";
        return configuration;
    }

    public static ConfigurationOptions Parse(string connectionString)
    {
        var trimmed = connectionString.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss"))
        {
            return ConfigurationOptions.Parse(trimmed);
        }

        var configuration = new ConfigurationOptions { Ssl = uri.Scheme == "rediss" };
        configuration.EndPoints.Add(uri.Host, uri.IsDefaultPort ? 6379 : uri.Port);
        if (uri.UserInfo.Length > 0)
        {
            // redis://user:password@host, redis://:password@host, or redis://password@host as some platforms write it.
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var user = separator < 0 ? "" : Uri.UnescapeDataString(uri.UserInfo[..separator]);
            var password = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[(separator + 1)..]);
            // "default" is Redis' own user: a plain AUTH <password> means the same and also works before Redis 6.
            if (user.Length > 0 && user != "default") configuration.User = user;
            if (password.Length > 0) configuration.Password = password;
        }
        if (int.TryParse(uri.AbsolutePath.Trim('/'), NumberStyles.None, CultureInfo.InvariantCulture, out var database))
        {
            configuration.DefaultDatabase = database;
        }
        return configuration;
    }

    private static int Milliseconds(TimeSpan duration) => (int)Math.Clamp(duration.TotalMilliseconds, 1, int.MaxValue);
}
