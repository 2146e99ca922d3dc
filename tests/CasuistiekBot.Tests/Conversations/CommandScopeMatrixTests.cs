using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Conversations;

/// <summary>
/// Every command in every kind of conversation, asked by a coordinator who has raised a casus, so that every answer
/// would have something private to show. The expected scope per command is written here, not read from the handlers,
/// so a handler that declares the wrong scope fails.
/// </summary>
public sealed class CommandScopeMatrixTests
{
    private const string Asker = "00000000-0000-4000-8000-000000000101";

    // One phrase per command handler (two for "mijn casussen", whose "status" is named in the promise); the intake last,
    // because it starts a flow in the personal chat.
    private static readonly (string Phrase, CommandScope Scope)[] Commands =
    [
        ("hallo", CommandScope.Anywhere),
        ("privacy", CommandScope.Anywhere),
        ("registreer als coördinatoren-kanaal", CommandScope.Anywhere),
        ("mijn casussen", CommandScope.Personal),
        ("status", CommandScope.Personal),
        ("mijn signalen", CommandScope.Personal),
        ("mijn taken", CommandScope.Personal),
        ("mijn uitnodigingen", CommandScope.Personal),
        ("mijn actiepunten", CommandScope.Personal),
        ("verwijder mijn casus", CommandScope.Personal),
        ("taal automatisch", CommandScope.Personal),
        ("overzicht signalen", CommandScope.PersonalOrTrusted),
        ("nieuw signaal", CommandScope.PersonalOrTrusted),
        ("wie is Jansen", CommandScope.PersonalOrTrusted),
        ("uitkomst", CommandScope.PersonalOrTrusted),
        ("trends", CommandScope.PersonalOrTrusted),
        ("signaal melden", CommandScope.Personal),
        ("aanvullen", CommandScope.Personal),
        ("nieuwe casus", CommandScope.Personal),
    ];

    private enum Place { Personal, GroupChat, CoordinatorsChannel, OtherChannel }

    [Fact]
    public async Task Each_command_answers_only_where_its_scope_allows_and_elsewhere_says_one_line_with_nothing_private()
    {
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TriageKit.Admin,
            ["Roles:Coordinators:0"] = Asker,
            ["Delivery:PollInterval"] = "00:00:00.100",
        });
        await TriageKit.RegisterChannelAsync(app);
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var reference = (await IntakeTranscriptTests.SingleCasusAsync(app)).Reference;
        var texts = app.Services.GetRequiredService<Texts>();
        var personalOnly = texts.Get("scope.personal", "nl");
        var personalOrCoordinators = texts.Get("scope.personalOrCoordinators", "nl");

        var wrong = new List<string>();
        foreach (var (phrase, scope) in Commands)
        {
            foreach (var place in Enum.GetValues<Place>())
            {
                var sent = await AskAsync(app, phrase, place);
                var answered = place == Place.Personal || scope == CommandScope.Anywhere
                    || (scope == CommandScope.PersonalOrTrusted && place == Place.CoordinatorsChannel);
                var refusal = scope == CommandScope.Personal ? personalOnly : personalOrCoordinators;
                var seen = string.Join(" | ", sent.Select(m => m.Text ?? "(card)"));
                if (answered && (sent.Count == 0 || sent.Any(m => m.Text == personalOnly || m.Text == personalOrCoordinators)))
                    wrong.Add($"'{phrase}' in {place} should answer, sent: {seen}");
                if (!answered && (sent.Count != 1 || sent[0].Text != refusal || sent[0].Attachments is { Count: > 0 } || sent[0].Text!.Contains(reference)))
                    wrong.Add($"'{phrase}' in {place} should only say where to ask, sent: {seen}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task The_matrix_names_every_command_the_bot_knows_with_the_scope_it_declares()
    {
        await using var app = await BotApp.StartAsync();

        foreach (var handler in app.Services.GetServices<ICommandHandler>())
        {
            var phrases = Commands.Where(c => handler.Commands.Any(command => Matches(c.Phrase, command, handler.TakesArgument))).ToList();
            Assert.True(phrases.Count > 0, $"{handler.GetType().Name} ({string.Join(", ", handler.Commands)}) is missing from the matrix");
            Assert.All(phrases, p => Assert.Equal(p.Scope, handler.Scope));
        }
    }

    [Fact]
    public async Task A_personal_answer_that_is_refused_in_a_group_chat_is_still_given_in_the_personal_chat_afterwards()
    {
        await using var app = await BotApp.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var reference = (await IntakeTranscriptTests.SingleCasusAsync(app)).Reference;

        var inGroup = await AskAsync(app, "mijn casussen", Place.GroupChat);
        var inEnglish = await AskAsync(app, "my cases", Place.OtherChannel, "en-US");
        var inPersonal = await AskAsync(app, "mijn casussen", Place.Personal);

        Assert.DoesNotContain(reference, inGroup.All());
        Assert.Contains("persoonlijke chat", Assert.Single(inGroup).Text);
        Assert.DoesNotContain(reference, inEnglish.All());
        Assert.StartsWith("I only do that in a personal chat with me", Assert.Single(inEnglish).Text);
        Assert.Contains(reference, inPersonal.Cards());
    }

    private static bool Matches(string phrase, string command, bool takesArgument)
    {
        var normalized = CommandText.Normalize(phrase);
        var word = CommandText.Normalize(command);
        return normalized == word || (takesArgument && normalized.StartsWith(word + " ", StringComparison.Ordinal));
    }

    /// <summary>Asks as the coordinator in <paramref name="place"/>; returns what the bot sent in reply to it.</summary>
    private static async Task<IReadOnlyList<Activity>> AskAsync(BotApp app, string phrase, Place place, string locale = "nl-NL")
    {
        var message = app.Message(phrase, locale: locale);
        message = place switch
        {
            Place.GroupChat => message with { Conversation = Shared("19:groepschat@thread.v2", "groupChat") },
            Place.CoordinatorsChannel => message with { Conversation = Shared(TriageKit.Channel + ";messageid=1700000000001", "channel") },
            Place.OtherChannel => message with { Conversation = Shared("19:iedereen@thread.tacv2;messageid=1700000000002", "channel") },
            _ => message,
        };
        var response = await app.PostAsync(message);
        response.EnsureSuccessStatusCode();
        return app.Messages.Where(m => m.ReplyToId == message.Id).ToList();
    }

    private static ConversationAccount Shared(string id, string type) =>
        new() { Id = id, ConversationType = type, IsGroup = true, TenantId = TestActivities.TenantId };
}
