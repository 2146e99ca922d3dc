using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Welcome;

/// <summary>Binds the welcome and help cards in the user's language.</summary>
internal sealed class WelcomeCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Welcome(string language) => templates.Get(WelcomeCardNames.Welcome).Bind(new
    {
        Title = texts.Get("welcome.card.title", language),
        Intro = texts.Get("welcome.card.intro", language),
        Steps = new[] { "welcome.card.step1", "welcome.card.step2", "welcome.card.step3" }
            .Select((key, i) => new { Number = i + 1, Text = texts.Get(key, language) }),
        Actions = new
        {
            Raise = texts.Get("welcome.action.raise", language),
            Mine = texts.Get("welcome.action.mine", language),
            Help = texts.Get("welcome.action.help", language),
            Privacy = texts.Get("welcome.action.privacy", language),
        },
    });

    // Everyone reads how to raise and follow a casus and how signal owners find their signals; coordinators also read
    // their own commands.
    public JsonObject Help(string language, bool coordinator = false) => templates.Get(WelcomeCardNames.Help).Bind(new
    {
        Title = texts.Get("help.card.title", language),
        Paragraphs = new[] { "help.card.raise", "help.card.privacy", "help.card.visibility", "help.card.follow", "help.card.owner" }
            .Concat(coordinator ? ["help.card.coordinator"] : [])
            .Append("help.card.stop")
            .Select(key => new { Text = texts.Get(key, language) }),
        Personal = true,
        Raise = texts.Get("welcome.action.raise", language),
        Privacy = texts.Get("welcome.action.privacy", language),
    });

    // In the coordinators' channel: what the channel is for, that commands there need an @mention, and nothing of the
    // buttons for raising a casus, which only work in private.
    public JsonObject ChannelHelp(string language) => templates.Get(WelcomeCardNames.Help).Bind(new
    {
        Title = texts.Get("help.channel.title", language),
        Paragraphs = new[] { "help.channel.intro", "help.channel.mention", "help.channel.commands", "help.channel.private" }
            .Select(key => new { Text = texts.Get(key, language) }),
        Personal = false,
        Raise = "",
        Privacy = "",
    });
}
