using System.Text.Json.Nodes;
using CasuistiekBot.Assistant;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Retention;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Welcome;

/// <summary>
/// "Wie ziet wat?": per visibility choice who sees the author's name, and what is kept for how long. The figures and
/// lists come from the settings and types the code itself uses (retention, the language model, the scrubber's kinds),
/// so the card changes when they do.
/// </summary>
internal sealed class PrivacyCards(
    CardTemplateStore templates,
    Texts texts,
    IOptions<RetentionOptions> retention,
    IOptions<AssistantOptions> assistant)
{
    private static readonly (string Visibility, string[] Lines)[] Visibilities =
    [
        (CasusVisibility.Named, [WelcomeTextKeys.PrivacyNamedWho, WelcomeTextKeys.PrivacyNamedManager]),
        (CasusVisibility.Confidential, [WelcomeTextKeys.PrivacyConfidentialWho, WelcomeTextKeys.PrivacyShieldedManager]),
        (CasusVisibility.Anonymous, [WelcomeTextKeys.PrivacyAnonymousWho, WelcomeTextKeys.PrivacyAnonymousReach, WelcomeTextKeys.PrivacyAnonymousPanel]),
    ];

    public JsonObject Render(string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var ai = assistant.Value;
        return templates.Bind(WelcomeCardNames.Privacy, new
        {
            Title = T(WelcomeTextKeys.PrivacyCardTitle),
            Intro = T(WelcomeTextKeys.PrivacyCardIntro),
            Visibilities = Visibilities.Select(v => new
            {
                Label = T(LocalizationTextKeys.VisibilityPrefix + v.Visibility),
                Lines = v.Lines.Select(key => new { Text = T(key) }),
            }),
            Everyone = T(WelcomeTextKeys.PrivacyEveryone),
            KeptLabel = T(WelcomeTextKeys.PrivacyKeptTitle),
            Kept = new[]
            {
                T(WelcomeTextKeys.PrivacyKeptCitizens, Listed(PersonalDataKinds.All.Select(kind => T(WelcomeTextKeys.PrivacyKindPrefix + kind)).ToList(), T(WelcomeTextKeys.PrivacyAnd))),
                T(WelcomeTextKeys.PrivacyKeptTexts, retention.Value.ClosedCaseTextMonths),
                T(WelcomeTextKeys.PrivacyKeptAudit),
                T(WelcomeTextKeys.PrivacyKeptWithdraw),
                ai.Enabled ? T(WelcomeTextKeys.PrivacyModelOn, ai.EndpointUri.Host) : T(WelcomeTextKeys.PrivacyModelOff),
            }.Select(text => new { Text = text }),
            Mine = T(LocalizationTextKeys.WelcomeActionMine),
        });
    }

    private static string Listed(IReadOnlyList<string> items, string and) =>
        items.Count < 2 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";
}
