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
        (CasusVisibility.Named, ["privacy.named.who", "privacy.named.manager"]),
        (CasusVisibility.Confidential, ["privacy.confidential.who", "privacy.shielded.manager"]),
        (CasusVisibility.Anonymous, ["privacy.anonymous.who", "privacy.anonymous.reach", "privacy.anonymous.panel"]),
    ];

    public JsonObject Render(string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var ai = assistant.Value;
        return templates.Bind(WelcomeCardNames.Privacy, new
        {
            Title = T("privacy.card.title"),
            Intro = T("privacy.card.intro"),
            Visibilities = Visibilities.Select(v => new
            {
                Label = T("visibility." + v.Visibility),
                Lines = v.Lines.Select(key => new { Text = T(key) }),
            }),
            Everyone = T("privacy.everyone"),
            KeptLabel = T("privacy.kept.title"),
            Kept = new[]
            {
                T("privacy.kept.citizens", Listed(PersonalDataKinds.All.Select(kind => T("privacy.kind." + kind)).ToList(), T("privacy.and"))),
                T("privacy.kept.texts", retention.Value.ClosedCaseTextMonths),
                T("privacy.kept.audit"),
                T("privacy.kept.withdraw"),
                ai.Enabled ? T("privacy.model.on", ai.EndpointUri.Host) : T("privacy.model.off"),
            }.Select(text => new { Text = text }),
            Mine = T("welcome.action.mine"),
        });
    }

    private static string Listed(IReadOnlyList<string> items, string and) =>
        items.Count < 2 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";
}
