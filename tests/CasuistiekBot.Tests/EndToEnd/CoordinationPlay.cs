using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// The demo people of tests/js/playground/users.json acting in the Playground: Sanne (the current user, inbrenger)
/// in her personal chat, Pieter (administrator and coordinator) in the Coördinatoren channel, panel members in the
/// 1:1 chats the bot opens for them.
/// </summary>
internal sealed class CoordinationPlay(PlaygroundHarness playground)
{
    public const string AuthorName = "Sanne de Vries";
    public const string SharedView = "The rules allow no delay, but the departure can be planned around the child's surgery.";
    public const string ActionText = "Add an example about medical treatment to the work instruction.";
    public const string SignalTitle = "Departure deadlines and medical treatment";
    private const string Story =
        "A family with a seriously ill child must leave the reception centre within four weeks, although the child's surgery " +
        "is planned in six weeks. Mr Haddad asked me for more time. The asylum rules leave no room for a delay; this chafes " +
        "with the human dimension and I do not know what to do.";

    public ChannelAccount Coordinator => playground.Config.User("Pieter");

    public ConversationAccount Channel => playground.Config.Channel("Coördinatoren");

    public string PersonalChat => playground.Config.PersonalChat.Id!;

    /// <summary>The administrator (the first demo coordinator) registers the Coördinatoren channel by mentioning the bot.</summary>
    public async Task RegisterChannelAsync()
    {
        await playground.SendTextAsync("registreer als coördinatoren-kanaal", Coordinator.Id, Channel.Id, mentionBot: true);
        await playground.WaitForMessageAsync(m => InChannel(m) && m.Text is { Length: > 0 });
    }

    /// <summary>Sanne raises a confidential casus in her personal chat and submits it; returns its reference.</summary>
    public async Task<string> RaiseCasusAsync()
    {
        await AnswerAsync("new case", "Tell me in your own words");
        await AnswerAsync(Story, "What would you like your case to achieve");
        await AnswerAsync("1", "Is it urgent");
        await AnswerAsync("none", "Which organisation");
        await AnswerAsync("IND, Asylum and Protection", "Who may know");
        await playground.SendTextAsync("2");
        var summary = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "intake.submit")));
        await playground.InvokeAsync("intake.submit", CardReader.Press(summary.AdaptiveCards.Single(), "intake.submit", new { confirm = "submit" }), summary.MessageId);
        var ack = await playground.WaitForMessageAsync(m => m.ConversationId == PersonalChat && m.Text?.Contains("CS-", StringComparison.Ordinal) == true);
        return System.Text.RegularExpressions.Regex.Match(ack.Text!, @"CS-\d{4}-\d{4}").Value;
    }

    public Task<PlaygroundMessage> ChannelCardAsync(Func<JsonElement, bool> card) =>
        playground.WaitForMessageAsync(m => InChannel(m) && m.AdaptiveCards.Any(card));

    /// <summary>
    /// Someone (by default the coordinator) presses a button on a card; the bot's answer is a card that takes the old
    /// one's place, as in Teams. Returns the message as it now looks; an answer that is not a card fails the test.
    /// </summary>
    public async Task<PlaygroundMessage> PressAsync(PlaygroundMessage message, string verb, object? inputs = null, ChannelAccount? user = null)
    {
        var data = CardReader.Press(message.AdaptiveCards.Single(), verb, inputs);
        var answer = await playground.InvokeAsync(verb, data, message.MessageId, (user ?? Coordinator).Id, message.ConversationId);
        if (!answer.TryGetProperty("type", out var type) || type.GetString() != ContentTypes.AdaptiveCard)
            throw new Xunit.Sdk.XunitException($"'{verb}' was answered without a card: {answer.GetRawText()}\n{playground.Describe()}");
        return message with { Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = answer.GetProperty("value") }] };
    }

    /// <summary>
    /// The coordinator's own view of a card that names a confidential author only to coordinators: what Teams' refresh
    /// gets for them when the card lists their Teams id, else what the card's "Naam tonen" button answers.
    /// </summary>
    public async Task<JsonElement> CoordinatorViewAsync(PlaygroundMessage message)
    {
        var card = message.AdaptiveCards.Single();
        var (verb, data) = card.TryGetProperty("refresh", out var refresh)
            ? ("triage.view", (object)refresh.GetProperty("action").GetProperty("data"))
            : ("triage.revealAuthor", CardReader.Press(card, "triage.revealAuthor"));
        var answer = await playground.InvokeAsync(verb, data, message.MessageId, Coordinator.Id, message.ConversationId);
        if (!answer.TryGetProperty("type", out var type) || type.GetString() != ContentTypes.AdaptiveCard)
            throw new Xunit.Sdk.XunitException($"'{verb}' was answered without a card: {answer.GetRawText()}\n{playground.Describe()}");
        return answer.GetProperty("value");
    }

    /// <summary>
    /// The coordinator types "uitkomst" in the channel, picks the casus, writes the shared view, adds one action point
    /// and one signal (owners chosen from the card's lists) and records the outcome; returns the summary card.
    /// </summary>
    public async Task<JsonElement> RecordOutcomeAsync(string reference, string actionOwner, string signalOwner)
    {
        await playground.SendTextAsync("uitkomst", Coordinator.Id, Channel.Id, mentionBot: true);
        var pick = await playground.WaitForMessageAsync(m => InChannel(m) && m.AdaptiveCards.Any(c => CardReader.Offers(c, "session.open")));
        var form = await PressAsync(pick, "session.open", new { casusId = CardReader.Choice(pick.AdaptiveCards.Single(), "casusId", reference) });
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var card = form.AdaptiveCards.Single();
        form = await PressAsync(form, "session.addAction", new
        {
            sharedView = SharedView, actionText = ActionText, actionOwner = CardReader.Choice(card, "actionOwner", actionOwner), actionDue = due,
        });
        card = form.AdaptiveCards.Single();
        form = await PressAsync(form, "session.addSignal", new
        {
            sharedView = SharedView, signalTitle = SignalTitle, signalDescription = "Departure deadlines do not allow for treatment that has been planned.",
            signalCategory = CardReader.Choice(card, "signalCategory", ""), signalOwner = CardReader.Choice(card, "signalOwner", signalOwner), signalDue = due,
        });
        var recorded = await PressAsync(form, "session.record", new { sharedView = SharedView });
        return recorded.AdaptiveCards.Single();
    }

    /// <summary>
    /// A card the Playground accepted in the 1:1 chat the bot opened with <paramref name="person"/> (whose member the
    /// Playground records); its web client shows only the current user's chats, so this reads the connector tap.
    /// </summary>
    public async Task<PlaygroundMessage> CardToAsync(ChannelAccount person, Func<JsonElement, bool> card)
    {
        var otherChats = new HashSet<string>();
        while (true)
        {
            var next = await playground.WaitForDeliveryAsync(m => m.AdaptiveCards.Any(card)
                && m.ConversationId != PersonalChat && !InChannel(m.ConversationId) && !otherChats.Contains(m.ConversationId));
            if ((await playground.MembersAsync(next.ConversationId)).SequenceEqual([person.Id])) return next;
            otherChats.Add(next.ConversationId);
        }
    }

    public bool InChannel(PlaygroundMessage message) => InChannel(message.ConversationId);

    private bool InChannel(string conversationId) =>
        conversationId == Channel.Id || conversationId.StartsWith(Channel.Id + ";", StringComparison.Ordinal);

    private async Task AnswerAsync(string text, string expectedQuestion)
    {
        await playground.SendTextAsync(text);
        await playground.WaitForMessageAsync(m => m.ConversationId == PersonalChat && m.Text?.Contains(expectedQuestion, StringComparison.Ordinal) == true);
    }
}
