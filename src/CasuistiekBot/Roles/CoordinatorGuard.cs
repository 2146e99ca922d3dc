using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Roles;

/// <summary>
/// The check before anything only coordinators may do: a coordinator passes, anyone else hears the same refusal in
/// their own language, whichever card or command they tried. Places that merely show more or less by role (the help
/// card, the triage view, the signal overview) ask <see cref="IRoleResolver"/> themselves and refuse nothing.
/// </summary>
internal sealed class CoordinatorGuard(IRoleResolver roles, Texts texts)
{
    public Task<bool> IsCoordinatorAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        roles.IsCoordinatorAsync(turn.Activity.From?.AadObjectId, cancellationToken);

    /// <summary>Null when a coordinator acts; otherwise the refusal, as the card action's answer.</summary>
    public async Task<InvokeResponse?> RefuseActionAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await IsCoordinatorAsync(turn, cancellationToken) ? null : texts.Answer(turn, RolesTextKeys.RolesCoordinatorsOnly);

    /// <summary>False when a coordinator wrote the command; otherwise true, once the refusal is sent.</summary>
    public async Task<bool> RefuseCommandAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await IsCoordinatorAsync(turn, cancellationToken)) return false;
        await TellRefusedAsync(turn, cancellationToken);
        return true;
    }

    public Task TellRefusedAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Text(texts.Get(RolesTextKeys.RolesCoordinatorsOnly, turn)), cancellationToken);
}
