using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The one shared conversation trusted with role-scoped answers, which speaks one configured language whoever writes
/// there: the coordinators' channel. Coordinators says which conversation that is, so this slice needs nothing of it.
/// </summary>
internal interface ITrustedChannel
{
    string Language { get; }

    /// <summary>Whether <paramref name="activity"/> was sent in the trusted channel (in any of its threads).</summary>
    Task<bool> IsTrustedAsync(CasuistiekDbContext db, Activity activity, CancellationToken cancellationToken);
}
