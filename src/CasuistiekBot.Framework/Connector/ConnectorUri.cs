namespace CasuistiekBot.Framework.Connector;

/// <summary>Bot Connector URLs under a conversation's serviceUrl; ids are escaped because Teams ids hold ':', '@' and ';'.</summary>
internal static class ConnectorUri
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Member(string serviceUrl, string conversationId, string memberId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");

    public static Uri PagedMembers(string serviceUrl, string conversationId, int? pageSize, string? continuationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size) query.Add($"pageSize={size}");
        if (!string.IsNullOrEmpty(continuationToken)) query.Add($"continuationToken={Escape(continuationToken)}");
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers";
        return Build(serviceUrl, query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var root) || root.Scheme is not ("https" or "http"))
        {
            throw new InvalidServiceUrlException(serviceUrl);
        }
        return new Uri($"{root.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{relative}", UriKind.Absolute);
    }
}

internal sealed class InvalidServiceUrlException(string? serviceUrl) : Exception($"'{serviceUrl}' is not an absolute http(s) serviceUrl.");
