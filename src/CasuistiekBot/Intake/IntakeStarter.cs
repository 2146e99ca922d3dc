using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Intake;

/// <summary>Begins raising a casus: from a command or button, or from a story the author simply started telling.</summary>
internal sealed class IntakeStarter(
    IDialogEngine dialogs,
    IntakeStateStore states,
    IntakeScrubbing scrubbing,
    IntakeDanger danger,
    IDbContextFactory<CasuistiekDbContext> databases,
    Texts texts)
{
    public const string FlowId = "intake";

    /// <returns>False when the intake cannot start here (not a personal chat, or one is already under way).</returns>
    public async Task<bool> StartAsync(ITurnContext turn, string? story, bool introduce, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.IntakePersonalOnly, turn)), cancellationToken);
            return false;
        }
        if (await dialogs.GetActiveFrameAsync(turn, cancellationToken) is { FlowId: FlowId })
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.IntakeAlreadyBusy, turn)), cancellationToken);
            return false;
        }

        await states.ResetAsync(turn, cancellationToken);
        var prefilled = new Dictionary<string, string>();
        // Kept beside the story's reading rather than prefilled as an answer: a unit the story names comes first.
        if (await RememberedUnitAsync(turn, cancellationToken) is { } unit)
        {
            var state = await states.GetAsync(turn, cancellationToken);
            state.Draft.RememberedUnit = unit;
            await states.SaveAsync(turn, state, cancellationToken);
        }
        if (story is not null)
        {
            // Danger first: before the bot even says it took the story as a casus.
            await danger.NoticeAsync(turn, story, cancellationToken);
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.IntakeFromStory, turn)), cancellationToken);
            // Scrubbed before the dialog sees it: prefilled values are kept in the dialog state as given.
            prefilled["story"] = await scrubbing.ScrubAsync(turn, story, cancellationToken);
        }
        else if (introduce)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.IntakeIntro, turn)), cancellationToken);
        }
        await dialogs.BeginAsync(turn, FlowId, prefilled, cancellationToken);
        return true;
    }

    private async Task<string?> RememberedUnitAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.AadObjectId is not { } aad) return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await AuthorProfiles.RememberedUnitAsync(db, aad, cancellationToken);
    }
}
