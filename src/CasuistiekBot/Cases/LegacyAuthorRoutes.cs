using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// Cases stored before the way back to their author was sealed: each one's chat is sealed into
/// <see cref="Casus.AuthorRoute"/> before the migration drops the plain columns, so every author still hears back. The
/// lookup value is left on anonymous cases only (on a named one it tied that author's anonymous cases to their name),
/// profile times are kept to the day, and messages to authors already sent lose their address.
/// </summary>
internal sealed class LegacyAuthorRoutes(AuthorRouteSeal seal, IOutbox outbox) : IMigrationDataStep
{
    public string Before => "DropAuthorConversation";

    public async Task RunAsync(CasuistiekDbContext db, CancellationToken cancellationToken)
    {
        var legacy = await db.Database.SqlQueryRaw<LegacyRoute>(
                "SELECT reference AS \"Reference\", author_channel_id AS \"ChannelId\", author_conversation_id AS \"ConversationId\" "
                + "FROM cases WHERE author_route IS NULL")
            .ToListAsync(cancellationToken);
        foreach (var casus in legacy)
        {
            var route = seal.Seal(new AuthorRoute(casus.ChannelId, casus.ConversationId));
            await db.Set<Casus>().Where(c => c.Reference == casus.Reference)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.AuthorRoute, route), cancellationToken);
        }
        await db.Set<Casus>().Where(c => c.Visibility != CasusVisibility.Anonymous && c.AuthorKey != null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AuthorKey, (string?)null), cancellationToken);
        // Only named columns, as everywhere in a data step: later migrations may add others the schema here lacks.
        var profiles = await db.Set<UserProfile>().AsNoTracking().Select(p => new { p.AadObjectId, p.UpdatedAt }).ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            await db.Set<UserProfile>().Where(p => p.AadObjectId == profile.AadObjectId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.UpdatedAt, CoarseTime.Day(profile.UpdatedAt)), cancellationToken);
        }
        await outbox.ForgetRecipientsAsync(db, AuthorMessenger.Group, cancellationToken);
    }

    private sealed class LegacyRoute
    {
        public required string Reference { get; init; }
        public required string ChannelId { get; init; }
        public required string ConversationId { get; init; }
    }
}
