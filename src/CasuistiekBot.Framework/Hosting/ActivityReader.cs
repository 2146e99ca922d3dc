using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Hosting;

/// <summary>Parses and sanity-checks an inbound activity, with a message a client developer can act on.</summary>
internal static class ActivityReader
{
    private static readonly HashSet<string> NeedConversation =
    [
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Event,
    ];

    public static bool TryRead(byte[] body, out Activity? activity, out string? problem)
    {
        activity = null;
        problem = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException exception)
        {
            problem = $"The body is not a valid activity: {Describe(exception)}";
            return false;
        }
        catch (NotSupportedException)
        {
            problem = "The body is not a valid activity.";
            return false;
        }

        problem = activity switch
        {
            null => "The body must be a JSON object.",
            { Type: null or "" } => "The activity has no type.",
            { ServiceUrl: { } url } when !IsHttpUrl(url) => "The activity's serviceUrl must be an absolute http(s) URL.",
            _ when ActivityIdentifiers.FirstMalformed(activity) is { } field =>
                $"The activity's {field} holds control or format characters or is longer than {ActivityIdentifiers.MaxLength} characters.",
            _ when NeedConversation.Contains(activity.Type!) && string.IsNullOrEmpty(activity.Conversation?.Id) => "The activity has no conversation id.",
            _ when NeedConversation.Contains(activity.Type!) && string.IsNullOrEmpty(activity.ServiceUrl) => "The activity has no serviceUrl.",
            _ => null,
        };
        return problem is null;
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    // JsonException messages name the path and position but never echo the payload.
    private static string Describe(JsonException exception) =>
        exception.Path is { } path ? $"invalid JSON at {path} (line {exception.LineNumber}, byte {exception.BytePositionInLine})" : "invalid JSON";
}
