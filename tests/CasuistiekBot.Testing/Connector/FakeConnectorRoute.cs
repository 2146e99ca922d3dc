namespace CasuistiekBot.Testing.Connector;

internal enum RouteKind { Unknown, Token, CreateConversation, Send, Reply, Update, Delete, Member, PagedMembers }

/// <summary>
/// Matches a raw request target by hand so ids are decoded exactly once, including the <c>%2F</c> that ASP.NET Core's
/// routing would leave encoded.
/// </summary>
internal sealed record FakeConnectorRoute(RouteKind Kind, string? ConversationId, string? ItemId)
{
    public bool CarriesActivity => Kind is RouteKind.Send or RouteKind.Reply or RouteKind.Update;

    public static FakeConnectorRoute Parse(string method, string rawTarget)
    {
        var segments = rawTarget.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments is [_, "oauth2", "v2.0", "token"] && method == "POST") return new(RouteKind.Token, null, null);
        if (segments is ["teams", .. var rest]) segments = rest;

        return (method, segments) switch
        {
            ("POST", ["v3", "conversations"]) => new(RouteKind.CreateConversation, null, null),
            ("POST", ["v3", "conversations", var c, "activities"]) => new(RouteKind.Send, c, null),
            ("POST", ["v3", "conversations", var c, "activities", var a]) => new(RouteKind.Reply, c, a),
            ("PUT", ["v3", "conversations", var c, "activities", var a]) => new(RouteKind.Update, c, a),
            ("DELETE", ["v3", "conversations", var c, "activities", var a]) => new(RouteKind.Delete, c, a),
            ("GET", ["v3", "conversations", var c, "members", var m]) => new(RouteKind.Member, c, m),
            ("GET", ["v3", "conversations", var c, "pagedmembers"]) => new(RouteKind.PagedMembers, c, null),
            _ => new(RouteKind.Unknown, null, null),
        };
    }
}
