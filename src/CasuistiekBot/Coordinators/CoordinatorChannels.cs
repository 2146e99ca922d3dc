using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Coordinators;

/// <summary>
/// The coordinators' Teams channel: the one registered last and still active receives triage, panel and outcome
/// cards and failure notices. Every slice finds it here, so "which channel" is answered in one place.
/// </summary>
internal static class CoordinatorChannels
{
    public static Task<CoordinatorChannel?> ActiveAsync(CasuistiekDbContext db, CancellationToken cancellationToken) =>
        db.Set<CoordinatorChannel>().AsNoTracking().Where(c => c.Active).OrderByDescending(c => c.RegisteredAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether <paramref name="activity"/> was sent in the registered channel (in any of its threads).</summary>
    public static Task<bool> IsActiveAsync(CasuistiekDbContext db, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ChannelOf(activity);
        return db.Set<CoordinatorChannel>().AnyAsync(c => c.Active && c.ConversationId == conversationId, cancellationToken);
    }

    /// <summary>Makes the channel <paramref name="activity"/> came from the only active one; the caller saves.</summary>
    public static async Task<CoordinatorChannel> RegisterAsync(CasuistiekDbContext db, Activity activity, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var conversationId = ChannelOf(activity)!;
        await db.Set<CoordinatorChannel>().Where(c => c.Active).ExecuteUpdateAsync(c => c.SetProperty(x => x.Active, false), cancellationToken);
        var channel = await db.Set<CoordinatorChannel>().FindAsync([conversationId], cancellationToken);
        if (channel is null)
        {
            channel = new CoordinatorChannel
            {
                ConversationId = conversationId, ChannelId = activity.ChannelId!, ServiceUrl = activity.ServiceUrl!,
                RegisteredBy = activity.From!.AadObjectId!,
            };
            db.Add(channel);
        }
        channel.Active = true;
        channel.RegisteredAt = at;
        channel.ServiceUrl = activity.ServiceUrl!;
        channel.TenantId = activity.GetTenantId();
        channel.Name = activity.Conversation!.Name;
        return channel;
    }

    // A channel message arrives in a thread ("…;messageid=…"); cards go to the channel itself.
    private static string? ChannelOf(Activity activity) => activity.Conversation?.Id?.Split(';')[0];
}
