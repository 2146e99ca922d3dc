using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// Who keeps the signal list: the people in <c>Roles:SignalKeepers</c> and the directory's information managers (an
/// admin may act as one). When nobody is named, the coordinators receive reported signals, so none is lost.
/// </summary>
internal sealed class SignalKeepers(IRoleResolver roles, IOptionsMonitor<RolesOptions> options, ExpertiseDirectory directory, Texts texts)
{
    public async Task<bool> IsKeeperAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId)) return false;
        if (roles.IsSignalKeeper(aadObjectId)) return true;
        if ((await directory.FindAsync(aadObjectId, cancellationToken))?.Has(PersonRoles.InformationManager) == true) return true;
        return !await AnyNamedAsync(cancellationToken) && await roles.IsCoordinatorAsync(aadObjectId, cancellationToken);
    }

    /// <summary>The people a reported signal is pushed to.</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var named = await NamedAsync(cancellationToken);
        var ids = named.Count > 0 ? named : options.CurrentValue.Coordinators;
        return [.. ids.Select(id => id.Trim().ToLowerInvariant()).Where(id => id.Length > 0).Distinct()];
    }

    /// <summary>Null when a keeper acts; otherwise the refusal, as the card action's answer.</summary>
    public async Task<InvokeResponse?> RefuseActionAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await IsKeeperAsync(turn.Activity.From?.AadObjectId, cancellationToken) ? null : texts.Answer(turn, SignalsIntakeTextKeys.SignalReportKeepersOnly);

    private async Task<bool> AnyNamedAsync(CancellationToken cancellationToken) => (await NamedAsync(cancellationToken)).Count > 0;

    private async Task<List<string>> NamedAsync(CancellationToken cancellationToken) =>
    [
        .. options.CurrentValue.SignalKeepers,
        .. (await directory.WithRoleAsync(PersonRoles.InformationManager, cancellationToken)).Select(p => p.AadObjectId),
    ];
}
