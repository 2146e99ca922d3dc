using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Intake;

/// <summary>
/// Every free-text answer passes through here before the dialog stores it: personal data is replaced with the casus'
/// stable placeholders, and the author is told which codes were used (never the values).
/// </summary>
internal sealed class IntakeScrubbing(PersonalDataScrubber scrubber, IntakeStateStore states, Texts texts)
{
    public async Task<string> ScrubAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var state = await states.GetAsync(turn, cancellationToken);
        var result = scrubber.Scrub(text, state.Memory);
        await states.SaveAsync(turn, state, cancellationToken);
        if (result.Found.Count > 0)
        {
            var codes = string.Join(", ", result.Found.Select(f => f.Placeholder).Distinct());
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.IntakeReplaced, turn, codes)), cancellationToken);
        }
        return result.Text;
    }
}
