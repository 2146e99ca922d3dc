using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// The card that asks the inbrenger to come and present their casus, in their own language. For a confidential casus it
/// says first that the panel will then know who they are. An anonymous casus never gets it.
/// </summary>
internal sealed class PresenterCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Render(Casus casus, Panel panel)
    {
        var language = casus.Language;
        var when = panel.SessionDate is { } date && panel.SessionTime is { } time ? SessionText.When(texts, language, date, time) : "";
        var answer = panel.PresenterStatus switch
        {
            PresenterStatus.Accepted => T(language, PanelsMeetingsTextKeys.PresenterAnsweredYes),
            PresenterStatus.Declined => T(language, PanelsMeetingsTextKeys.PresenterAnsweredNo),
            _ => null,
        };
        return templates.Bind(MeetingCardNames.PresenterInvitation, new
        {
            PanelId = panel.Id.ToString(),
            Title = T(language, PanelsMeetingsTextKeys.PresenterTitle, casus.Reference),
            Text = T(language, PanelsMeetingsTextKeys.PresenterText, when),
            Confidential = casus.Visibility == CasusVisibility.Confidential,
            Warning = T(language, PanelsMeetingsTextKeys.PresenterConfidentialWarning),
            Open = answer is null,
            Answered = answer is not null,
            Answer = answer ?? "",
            Labels = new { Yes = T(language, PanelsMeetingsTextKeys.PresenterYes), No = T(language, PanelsMeetingsTextKeys.PresenterNo) },
        });
    }

    private string T(string language, string key, params object[] args) => texts.Get(key, language, args);
}
