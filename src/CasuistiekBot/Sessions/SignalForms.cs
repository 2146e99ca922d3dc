using System.Globalization;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Sessions;

/// <summary>Builds the signal form shown on the triage card and the outcome card (coordinators' cards are in Dutch).</summary>
internal sealed class SignalForms(OwnerDirectory owners, OutcomeInputs inputs, IOptions<SessionOptions> options, Texts texts, ChannelLanguage channel)
{
    private string Language => channel.Value;

    public async Task<SignalFormModel> BuildAsync(string description, string actionLabelKey, CancellationToken cancellationToken)
    {
        var choices = await owners.ChoicesAsync(OwnerKind.Signal, cancellationToken);
        return new SignalFormModel(
            description.Length > OutcomeInputs.MaxText ? description[..OutcomeInputs.MaxText] : description,
            SignalCategory.All.Select(c => new OwnerChoice(c, CategoryName(c))).ToList(),
            choices is not null,
            choices ?? [],
            choices is null,
            Date(inputs.Proposed(options.Value.SignalDueWorkingDays)),
            new SignalFormLabels(T(actionLabelKey), T("session.label.signalTitle"), T("session.label.signalTitleHint"), T("session.label.signalDescription"),
                T("session.label.category"), T("session.label.signalOwner"), T("session.label.ownerSearch"), T("session.label.due"),
                T("session.label.signalSubmit"), T("session.label.required")));
    }

    public string CategoryName(string category) => T("session.category." + category);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string T(string key) => texts.Get(key, Language);
}
