using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Welcome;

/// <summary>
/// When the app is installed: the welcome in a personal chat, a short introduction in a team or group chat.
/// Teams also sends a conversationUpdate on install; greeting only here keeps it to one welcome.
/// </summary>
internal sealed class InstallationHandler(WelcomeSender welcome, Texts texts) : IActivityTypeHandler
{
    public string ActivityType => ActivityTypes.InstallationUpdate;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Action, "add", StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;

        return turn.Activity.IsPersonal()
            ? welcome.SendAsync(turn, cancellationToken)
            : turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.WelcomeGroup, turn)), cancellationToken);
    }
}
