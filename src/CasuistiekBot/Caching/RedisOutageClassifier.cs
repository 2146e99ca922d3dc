using CasuistiekBot.Framework.Pipeline;
using StackExchange.Redis;

namespace CasuistiekBot.Caching;

/// <summary>
/// Redis unreachable, too slow, or not ready to serve (loading its data, a replica promoted) is an outage, not a bug:
/// the turn is answered with 503 so that the channel delivers it again once Redis is back.
/// </summary>
internal sealed class RedisOutageClassifier : ITransientFailureClassifier
{
    // Error prefixes with which a running server says "not now" rather than "wrong command".
    private static readonly string[] NotReadyReplies = ["LOADING", "BUSY", "TRYAGAIN", "MASTERDOWN", "READONLY", "CLUSTERDOWN", "NOREPLICAS"];

    public bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RedisConnectionException:
                case RedisTimeoutException:
                case RedisServerException server when NotReadyReplies.Any(reply => server.Message.StartsWith(reply, StringComparison.Ordinal)):
                    return true;
            }
        }
        return false;
    }
}
