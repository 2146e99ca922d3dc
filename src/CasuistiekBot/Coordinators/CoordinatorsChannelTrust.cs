using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Coordinators;

/// <summary>The registered coordinators' channel as the conversation that commands and the turn language trust.</summary>
internal sealed class CoordinatorsChannelTrust(ChannelLanguage language) : ITrustedChannel
{
    public string Language => language.Value;

    public Task<bool> IsTrustedAsync(CasuistiekDbContext db, Activity activity, CancellationToken cancellationToken) =>
        CoordinatorChannels.IsActiveAsync(db, activity, cancellationToken);
}
