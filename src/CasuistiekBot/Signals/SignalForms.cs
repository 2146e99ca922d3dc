using CasuistiekBot.Calendar;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Localization;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>Builds the signal form shown on the triage card and the outcome card (coordinators' cards speak the channel's language).</summary>
internal sealed class SignalForms(OwnerDirectory owners, DueDates dates, IOptions<SignalFormOptions> options, Texts texts, ChannelLanguage channel)
{
    // The description a form starts with (the casus story on the triage card) is a proposal to edit, not the whole story.
    private const int MaxProposedDescription = 1000;

    private string Language => channel.Value;

    public async Task<SignalFormModel> BuildAsync(string description, string actionLabelKey, CancellationToken cancellationToken)
    {
        var choices = await owners.ChoicesAsync(OwnerKind.Signal, cancellationToken);
        return new SignalFormModel(
            description.Length > MaxProposedDescription ? description[..MaxProposedDescription] : description,
            SignalCategory.All.Select(c => new OwnerChoice(c, CategoryName(c))).ToList(),
            choices is not null,
            choices ?? [],
            choices is null,
            DueDates.Format(dates.Proposed(options.Value.SignalDueWorkingDays)),
            new SignalFormLabels(T(actionLabelKey), T(SignalsTextKeys.SessionLabelSignalTitle), T(SignalsTextKeys.SessionLabelSignalTitleHint), T(SignalsTextKeys.SessionLabelSignalDescription),
                T(SignalsTextKeys.SessionLabelCategory), T(SignalsTextKeys.SessionLabelSignalOwner), T(SignalsTextKeys.SessionLabelOwnerSearch), T(SignalsTextKeys.SessionLabelDue),
                T(SignalsTextKeys.SessionLabelSignalSubmit), T(SignalsTextKeys.SessionLabelRequired)));
    }

    public string CategoryName(string category) => T(SignalsTextKeys.SessionCategoryPrefix + category);

    private string T(string key) => texts.Get(key, Language);
}
