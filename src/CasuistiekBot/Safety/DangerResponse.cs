using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Safety;

/// <summary>
/// Answers acute danger the same way wherever it is mentioned: the coordinators are alerted with the kinds only
/// (<see cref="DangerAlert"/>), and the author gets the care message with the concrete steps (<see cref="CareMessage"/>),
/// which promises an alert only when one was queued.
/// </summary>
internal sealed class DangerResponse(CareMessage care, DangerAlert alert, ILogger<DangerResponse> logger)
{
    public async Task AnswerAsync(ITurnContext turn, DangerKind kinds, DangerMoment moment, CancellationToken cancellationToken)
    {
        // Kinds only: the message itself may hold personal data, and a casus reference could lead to an anonymous author.
        logger.LogInformation("Acute danger ({DangerKinds}) mentioned ({DangerMoment}); the author was given the crisis steps",
            string.Join(',', DangerKinds.Names(kinds)), moment.Key);
        var alerted = await alert.RaiseAsync(kinds, moment, cancellationToken);
        await turn.SendAsync(MessageFactory.Markdown(care.Compose(kinds, turn.Language, alerted, moment)), cancellationToken);
    }
}
