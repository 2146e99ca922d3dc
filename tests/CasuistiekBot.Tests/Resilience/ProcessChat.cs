using System.Net;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Testing.Pipeline;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>One user's 1:1 chat, posted to whichever app process the test picks, with replies read from the shared fake connector.</summary>
internal sealed class ProcessChat(FakeConnectorServer connector, string conversationId, int user)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public string ConversationId => conversationId;
    public string AadObjectId { get; } = $"00000000-0000-4000-8000-{user:D12}";

    public Activity Message(string text) => WithUser(TestActivities.Message(text, conversationId, $"29:user-{user}"));

    public Activity Click(string verb, object? data = null) => WithUser(TestActivities.Execute(verb, data, conversationId));

    public IReadOnlyList<Activity> Messages() =>
        connector.Activities.Where(a => a.Type == ActivityTypes.Message && a.Conversation?.Id == conversationId).ToList();

    /// <summary>Posts the activity; returns the status and the messages the bot sent into this chat during the turn.</summary>
    /// <remarks>With <paramref name="withRetryAfter"/>, a 503 without a Retry-After header throws <see cref="RetryAfterMissingException"/>.</remarks>
    public async Task<(HttpStatusCode Status, IReadOnlyList<Activity> Replies)> SendAsync(AppProcess app, Activity activity, bool withRetryAfter = false)
    {
        var before = Messages().Count;
        using var content = Json(activity);
        using var response = await Http.PostAsync(new Uri(app.BaseAddress, "api/messages"), content);
        if (withRetryAfter && response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is null)
            throw new RetryAfterMissingException();
        return (response.StatusCode, Messages().Skip(before).ToList());
    }

    /// <summary>Says <paramref name="text"/> and returns the texts and card JSON of the replies; fails on anything but 200.</summary>
    public async Task<string> SayAsync(AppProcess app, string text)
    {
        var (status, replies) = await SendAsync(app, Message(text));
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"'{text}' to {app} got {(int)status}.\n{app.Describe()}");
        return Describe(replies);
    }

    public static StringContent Json(Activity activity) =>
        new(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json");

    public static string Describe(IEnumerable<Activity> replies) =>
        string.Join(" | ", replies.Select(r => r.Text ?? JsonSerializer.Serialize(r.Attachments, BotJson.Options)));

    private Activity WithUser(Activity activity) => activity with
    {
        ServiceUrl = connector.ServiceUrl,
        From = activity.From! with { Id = $"29:user-{user}", AadObjectId = AadObjectId },
    };
}
