using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

internal sealed class DbConversationReferenceStore(IDbContextFactory<CasuistiekDbContext> contextFactory, TimeProvider clock)
    : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, string? tenantId, string? timeZone, CancellationToken cancellationToken)
    {
        var channelId = Require(reference.ChannelId, "channelId");
        var conversationId = Require(reference.Conversation?.Id, "conversation.id");
        var serviceUrl = Require(reference.ServiceUrl, "serviceUrl");

        // Two first messages in a new conversation can race to insert; the loser retries once as an update.
        for (var attempt = 1; ; attempt++)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var row = await context.ConversationReferences
                .FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);
            var now = CoarseTime.Day(clock.GetUtcNow());
            if (row is null)
            {
                row = new ConversationReferenceRow { ChannelId = channelId, ConversationId = conversationId, ServiceUrl = serviceUrl, CreatedAt = now };
                context.ConversationReferences.Add(row);
            }
            Apply(row, reference, tenantId, timeZone);
            // Most activities change nothing; skip the write instead of touching the row on every message.
            if (!context.ChangeTracker.HasChanges()) return;
            row.UpdatedAt = await StampAsync(context, row, cancellationToken);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt == 1 && DbErrors.IsUniqueViolation(e))
            {
            }
        }
    }

    public async Task<StoredConversation?> FindByConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.ConversationReferences.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<StoredConversation?> FindPersonalByUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.ConversationType == ConversationTypes.Personal && r.Installed)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task MarkUninstalledAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var now = CoarseTime.Day(clock.GetUtcNow());
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.Installed)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Installed, false).SetProperty(r => r.UpdatedAt, now), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredConversation>> ListInstalledChannelsAndGroupChatsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.ConversationReferences.AsNoTracking()
            .Where(r => r.Installed && (r.ConversationType == ConversationTypes.Channel || r.ConversationType == ConversationTypes.GroupChat))
            .OrderBy(r => r.ChannelId).ThenBy(r => r.ConversationId)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(ToStored);
    }

    /// <summary>
    /// To the day, since the row names its person and an exact time could be matched with a casus; yet a person's rows keep
    /// the order they were used in (the personal lookup wants the latest): a row changed on a day that already has one of
    /// theirs moves a second past it. The value then counts changes, never tells a time of day.
    /// </summary>
    private async Task<DateTimeOffset> StampAsync(CasuistiekDbContext context, ConversationReferenceRow row, CancellationToken cancellationToken)
    {
        var day = CoarseTime.Day(clock.GetUtcNow());
        if (row.UserAadObjectId is not { } user) return day;
        var latest = await context.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == user && !(r.ChannelId == row.ChannelId && r.ConversationId == row.ConversationId))
            .OrderByDescending(r => r.UpdatedAt).Select(r => (DateTimeOffset?)r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return latest is { } last && last >= day ? last + TimeSpan.FromSeconds(1) : day;
    }

    private static void Apply(ConversationReferenceRow row, ConversationReference reference, string? tenantId, string? timeZone)
    {
        row.ServiceUrl = reference.ServiceUrl!;
        row.TenantId = tenantId ?? reference.Conversation?.TenantId ?? row.TenantId;
        row.ConversationType = reference.Conversation?.ConversationType ?? row.ConversationType;
        row.UserId = reference.User?.Id ?? row.UserId;
        row.UserAadObjectId = reference.User?.AadObjectId ?? row.UserAadObjectId;
        row.UserName = reference.User?.Name ?? row.UserName;
        row.BotId = reference.Bot?.Id ?? row.BotId;
        row.BotName = reference.Bot?.Name ?? row.BotName;
        row.Locale = reference.Locale ?? row.Locale;
        row.TimeZone = timeZone ?? row.TimeZone;
        row.Installed = true;
    }

    private static StoredConversation ToStored(ConversationReferenceRow row) => new(
        row.ChannelId, row.ConversationId, row.ServiceUrl, row.TenantId, row.ConversationType, row.UserId, row.UserAadObjectId,
        row.UserName, row.BotId, row.BotName, row.Locale, row.TimeZone, row.Installed, row.CreatedAt, row.UpdatedAt);

    private static string Require(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The conversation reference has no {name}.", "reference") : value;
}
