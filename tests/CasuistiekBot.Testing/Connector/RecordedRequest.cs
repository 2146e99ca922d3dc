using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Connector;

/// <summary>One request as <see cref="FakeConnectorServer"/> received it.</summary>
/// <param name="RawTarget">Path and query exactly as sent, still percent-encoded.</param>
/// <param name="ConversationId">The decoded conversation id from the path, if the route has one.</param>
/// <param name="ActivityId">The decoded activity (or member) id from the path, if the route has one.</param>
/// <param name="Activity">The body parsed as an activity, for activity routes.</param>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string? ConversationId,
    string? ActivityId,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    Activity? Activity)
{
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    public string Path => RawTarget.Split('?')[0];
}
