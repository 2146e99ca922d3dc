using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Triage;

/// <summary>
/// Who may see a confidential author's name (the coordinators, and the admins the role check lets act as one) and how
/// Teams reaches them: by the Teams ids the bot learnt from their conversations. A coordinator it has not met yet, or
/// one past Teams' limit of 60 user ids, is not refreshed automatically; the card then offers "Naam tonen".
/// </summary>
internal sealed class TriageAudiences(IOptionsMonitor<RolesOptions> roles)
{
    public const int MaxRefreshUsers = 60;

    /// <summary>The card as posted to the channel, for every member.</summary>
    public Task<TriageAudience> ChannelAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken) =>
        BuildAsync(db, casus, showsName: false, cancellationToken);

    /// <summary>The card as answered to the invoke of someone the caller checked is a coordinator.</summary>
    public Task<TriageAudience> CoordinatorAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken) =>
        BuildAsync(db, casus, showsName: true, cancellationToken);

    private async Task<TriageAudience> BuildAsync(CasuistiekDbContext db, Casus casus, bool showsName, CancellationToken cancellationToken)
    {
        if (casus.Visibility != CasusVisibility.Confidential) return TriageAudience.Everyone;
        var coordinators = roles.CurrentValue.Coordinators.Concat(roles.CurrentValue.Admins)
            .Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim().ToLowerInvariant()).Distinct().ToList();
        var known = await PersonTeamsId.OfAsync(db, coordinators, cancellationToken);
        var ids = known.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unreached = known.Count < coordinators.Count || ids.Count > MaxRefreshUsers;
        return new TriageAudience(showsName, ids.Take(MaxRefreshUsers).ToList(), unreached);
    }
}
