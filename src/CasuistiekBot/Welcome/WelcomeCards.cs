using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Welcome;

/// <summary>Binds the welcome and help cards in the user's language.</summary>
internal sealed class WelcomeCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Welcome(string language) => templates.Get(WelcomeCardNames.Welcome).Bind(new
    {
        Title = texts.Get(LocalizationTextKeys.WelcomeCardTitle, language),
        Intro = texts.Get(LocalizationTextKeys.WelcomeCardIntro, language),
        Steps = new[] { LocalizationTextKeys.WelcomeCardStep1, LocalizationTextKeys.WelcomeCardStep2, LocalizationTextKeys.WelcomeCardStep3 }
            .Select((key, i) => new { Number = i + 1, Text = texts.Get(key, language) }),
        Actions = new
        {
            Raise = texts.Get(LocalizationTextKeys.WelcomeActionRaise, language),
            Mine = texts.Get(LocalizationTextKeys.WelcomeActionMine, language),
            Help = texts.Get(LocalizationTextKeys.WelcomeActionHelp, language),
            Privacy = texts.Get(WelcomeTextKeys.WelcomeActionPrivacy, language),
        },
    });

    // Everyone reads how to raise and follow a casus and how signal owners find their signals; coordinators also read
    // their own commands.
    public JsonObject Help(string language, bool coordinator = false) => templates.Get(WelcomeCardNames.Help).Bind(new
    {
        Title = texts.Get(LocalizationTextKeys.HelpCardTitle, language),
        Paragraphs = new[] { LocalizationTextKeys.HelpCardRaise, LocalizationTextKeys.HelpCardSignal, LocalizationTextKeys.HelpCardPrivacy, LocalizationTextKeys.HelpCardVisibility, LocalizationTextKeys.HelpCardFollow, LocalizationTextKeys.HelpCardOwner }
            .Concat(coordinator ? [LocalizationTextKeys.HelpCardCoordinator] : [])
            .Append(LocalizationTextKeys.HelpCardStop)
            .Select(key => new { Text = texts.Get(key, language) }),
        Personal = true,
        Raise = texts.Get(LocalizationTextKeys.WelcomeActionRaise, language),
        Privacy = texts.Get(WelcomeTextKeys.WelcomeActionPrivacy, language),
    });

    // In the coordinators' channel: what the channel is for, that commands there need an @mention, and nothing of the
    // buttons for raising a casus, which only work in private.
    public JsonObject ChannelHelp(string language) => templates.Get(WelcomeCardNames.Help).Bind(new
    {
        Title = texts.Get(WelcomeTextKeys.HelpChannelTitle, language),
        Paragraphs = new[] { WelcomeTextKeys.HelpChannelIntro, WelcomeTextKeys.HelpChannelMention, WelcomeTextKeys.HelpChannelCommands, WelcomeTextKeys.HelpChannelPrivate }
            .Select(key => new { Text = texts.Get(key, language) }),
        Personal = false,
        Raise = "",
        Privacy = "",
    });
}
