using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// The bot's Teams id for creating chats: <c>Bot:Id</c> when configured, else the id Teams used for the bot in any
/// stored conversation, else <c>28:</c> + MicrosoftAppId (the form Teams gives bots).
/// </summary>
internal sealed class BotIdentity(
    IOptions<DeliveryOptions> options,
    IOptions<BotCredentialsOptions> credentials,
    IDbContextFactory<CasuistiekDbContext> contextFactory)
{
    private string? _learned;

    public async Task<string?> FindIdAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BotId is { Length: > 0 } configured) return configured;
        if (_learned is not null) return _learned;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        _learned = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.BotId != null)
            .OrderByDescending(r => r.UpdatedAt)
            .Select(r => r.BotId)
            .FirstOrDefaultAsync(cancellationToken);
        return _learned ?? (credentials.Value.AppId is { Length: > 0 } appId ? "28:" + appId : null);
    }
}
