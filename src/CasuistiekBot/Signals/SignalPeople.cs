using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>
/// Finds how to reach people from the conversations the bot has seen: their own 1:1 chat when there is one, else the
/// tenant and serviceUrl of the bot's most recent conversation, so the delivery worker can open a chat with them.
/// </summary>
internal sealed class SignalPeople(IOptionsMonitor<RolesOptions> roles)
{
    public async Task<PersonAddress?> AddressAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken)
    {
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId)
            .OrderByDescending(r => r.UpdatedAt)
            .ToListAsync(cancellationToken);
        var personal = rows.FirstOrDefault(r => r.ConversationType == Framework.Schema.ConversationTypes.Personal);
        var any = personal ?? rows.FirstOrDefault() ?? await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TenantId != null).OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        if (any?.TenantId is not { } tenantId) return null;
        var userId = rows.Select(r => r.UserId).FirstOrDefault(id => id is not null);
        return new PersonAddress(aadObjectId, userId, tenantId, any.ServiceUrl, PersonLanguage.Of(personal), personal?.TimeZone);
    }

    /// <summary>The Teams ids (29:…) of these people and of the coordinators, as far as known; at most 60, Teams' limit.</summary>
    public async Task<List<string>> RefreshIdsAsync(CasuistiekDbContext db, IEnumerable<string?> people, CancellationToken cancellationToken)
    {
        var wanted = people.OfType<string>().Concat(roles.CurrentValue.Coordinators).Concat(roles.CurrentValue.Admins)
            .Select(id => id.ToLowerInvariant()).Distinct().ToList();
        var ids = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId != null && r.UserId != null && wanted.Contains(r.UserAadObjectId.ToLower()))
            .Select(r => r.UserId!)
            .Distinct()
            .ToListAsync(cancellationToken);
        return ids.Order(StringComparer.Ordinal).Take(60).ToList();
    }
}
