using CasuistiekBot.Assistant;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Intake;

/// <summary>
/// The story: scrubbed, read for what it already answers, and checked at once for signs of social unsafety or an
/// integrity breach (which change what the author is offered next).
/// </summary>
internal sealed class StoryValidator(
    IntakeScrubbing scrubbing,
    IntakeStateStore states,
    IntakeRouting routing,
    ICasusAssistant assistant,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    Texts texts) : IStepValidator
{
    private const int MinimumWords = 5;

    public string Name => "intake.story";

    public async ValueTask<StepValidation> ValidateAsync(ITurnContext turn, string value, CancellationToken cancellationToken)
    {
        if (value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords)
        {
            return StepValidation.Invalid(texts.Get(LocalizationTextKeys.IntakeStoryTooShort, turn));
        }

        var scrubbed = await scrubbing.ScrubAsync(turn, value, cancellationToken);
        var state = await states.GetAsync(turn, cancellationToken);
        var read = StoryReader.Read(scrubbed, calendar.LocalDate(clock.GetUtcNow()), turn.Language);
        read.RememberedUnit = state.Draft.RememberedUnit;
        state.Draft = read;
        if (await assistant.DraftAsync(scrubbed, state.Memory, turn.Language, cancellationToken) is { } draft) state.Draft.FillGaps(draft);
        state.SafetyConcern = routing.DetectConcern(scrubbed);
        await states.SaveAsync(turn, state, cancellationToken);
        return StepValidation.Valid(scrubbed);
    }
}
