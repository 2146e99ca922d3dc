using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// The casus a card action names in its data ("casusId"), tracked for a change. A missing, malformed or unknown id all
/// come back as null, so a handler answers a forged click and a deleted casus alike.
/// </summary>
internal static class CasusForAction
{
    public static async Task<Casus?> FindForChangeAsync(CasuistiekDbContext db, CardAction action, CancellationToken cancellationToken) =>
        Guid.TryParse(action.GetString("casusId"), out var casusId) ? await CasusLookup.FindForChangeAsync(db, casusId, cancellationToken) : null;
}
