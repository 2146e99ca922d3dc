using System.Collections.Concurrent;
using System.Net;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// What the channel does with a turn the bot could not take (503 with Retry-After): delivers the same activity again,
/// here after a short pause instead of the advised seconds, until it is accepted. Every status is kept.
/// </summary>
internal sealed class ChannelRedelivery
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public ConcurrentBag<HttpStatusCode> Statuses { get; } = [];
    public ConcurrentBag<string> Problems { get; } = [];

    /// <summary>Delivers until 200 and returns the replies of the accepted delivery.</summary>
    public async Task<IReadOnlyList<Activity>> DeliverAsync(ProcessChat chat, AppProcess app, Activity activity)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            HttpStatusCode status;
            IReadOnlyList<Activity> replies;
            try
            {
                (status, replies) = await chat.SendAsync(app, activity, withRetryAfter: true);
            }
            catch (RetryAfterMissingException)
            {
                Problems.Add($"503 without Retry-After for {activity.Text ?? activity.Name}");
                status = HttpStatusCode.ServiceUnavailable;
                replies = [];
            }
            Statuses.Add(status);
            if (status == HttpStatusCode.OK) return replies;
            if (status != HttpStatusCode.ServiceUnavailable) Problems.Add($"{(int)status} for {activity.Text ?? activity.Name}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{activity.Text ?? activity.Name}' was not accepted within {Patience}.\n{app.Describe()}");
            await Task.Delay(Pause);
        }
    }
}
