using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Conversations;

/// <summary>
/// "taal engels" / "language dutch": a language the bot keeps to in this person's chat and in what it sends them later,
/// whatever they write; "taal automatisch" goes back to following what they write.
/// </summary>
internal sealed class LanguageCommandHandler(ChatLanguages chats, Texts texts) : ICommandHandler
{
    private static readonly Dictionary<string, string?> Choices = new(StringComparer.Ordinal)
    {
        ["taal nederlands"] = Languages.Dutch, ["taal engels"] = Languages.English, ["taal automatisch"] = null,
        ["language dutch"] = Languages.Dutch, ["language english"] = Languages.English, ["language auto"] = null,
        ["language automatic"] = null, ["taal english"] = Languages.English, ["language nederlands"] = Languages.Dutch,
    };

    public IReadOnlyCollection<string> Commands => Choices.Keys;

    public CommandScope Scope => CommandScope.Personal;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var choice = Choices[CommandText.Normalize(turn.Activity.Text ?? "")];
        var written = await chats.ChooseAsync(turn.Activity, choice, cancellationToken);
        turn.Language = choice ?? written ?? turn.Language;
        await turn.SendAsync(MessageFactory.Text(texts.Get(choice is null ? ConversationsTextKeys.LanguageAutomatic : ConversationsTextKeys.LanguageChosen, turn)), cancellationToken);
    }
}
