using CasuistiekBot.Delivery;
using CasuistiekBot.Tests.Intake;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Support;

/// <summary>
/// Waits until the delivery worker has handled every queued message, so a test can say what was NOT sent (a second
/// question card, a reminder after a withdrawal) without guessing how long to wait.
/// </summary>
internal static class OutboxDrain
{
    public static async Task WaitAsync(BotApp app, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = await IntakeTranscriptTests.Db(app))
            {
                if (!await db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Claimed)) return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The outbox still holds messages to deliver.");
    }
}
