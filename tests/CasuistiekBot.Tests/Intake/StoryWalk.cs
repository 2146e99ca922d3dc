using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Intake;

/// <summary>What the bot did with one story: the questions it asked before the summary, and what the summary shows.</summary>
internal sealed record StoryOutcome(IReadOnlyList<string> Asked, string? Wish, string? Deadline, string? Unit, string? Chafes, string? Tried);

/// <summary>
/// Tells one story to the real bot as a first message, in its own chat and as its own person (so nothing is remembered
/// from another story), answers every question with the same neutral answer, and reads the summary card it ends with.
/// The intake is stopped at the summary, so no casus is stored and no unit remembered.
/// </summary>
internal sealed class StoryWalk(BotApp app, FakeTimeProvider clock)
{
    private const int MaxTurns = 12;
    private static readonly string[] Wishes = [CasusWish.Advice, CasusWish.SharedView, CasusWish.Signal, CasusWish.BeHeard];

    private readonly FlowDefinition _flow = FlowCatalog.Load(RepositoryPaths.Dialogs).Get("intake");
    private readonly Texts _texts = new();

    public async Task<StoryOutcome> RunAsync(StoryEvalCase item)
    {
        // The reader's today is the app clock's date in Amsterdam: morning there. Stories run in date order.
        clock.SetUtcNow(new DateTimeOffset(item.Today.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        var chat = new Chat(app, item.Id, item.Language == "en" ? "en-GB" : "nl-NL");
        var reply = await chat.SayAsync(item.Story);
        var asked = new List<string>();
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            if (reply.SelectMany(m => m.Attachments ?? []).FirstOrDefault(a => a.Content?.GetRawText().Contains("intake.submit") == true) is { } summary)
            {
                var outcome = Read(asked, Fields(JsonNode.Parse(summary.Content!.Value.GetRawText())!));
                await chat.SayAsync("stop");
                return outcome;
            }
            var step = AskedStep(reply) ?? throw new InvalidOperationException($"{item.Id}: neither a question nor the summary in: {reply.All()}");
            asked.Add(step);
            reply = step == "safety"
                ? await chat.ClickAsync("intake.safety", new { safety = "continue" })
                : await chat.SayAsync(NeutralAnswer(step, item.Language));
        }
        throw new InvalidOperationException($"{item.Id}: no summary after {MaxTurns} answers ({string.Join(", ", asked)})");
    }

    // The same answer for every story: it is never scored (a question asked counts as not read from the story).
    private static string NeutralAnswer(string step, string language) => (step, language == "en") switch
    {
        // A first message that only asks to raise a casus is asked for the story: one that states none of the fields.
        ("story", false) => "Het gaat om een cliënt die al een paar maanden wacht op een beslissing over zijn aanvraag.",
        ("story", true) => "It is about a client who has been waiting a few months for a decision on his application.",
        ("situation", false) => "Het speelt al een paar weken en het raakt meer mensen in ons team.",
        ("situation", true) => "It has been going on for a few weeks and affects more people in our team.",
        ("chafes", false) => "De regel en de menselijke maat gaan hier niet samen.",
        ("chafes", true) => "The rule and the human dimension do not go together here.",
        ("chafesTried", false) => "De regel en de menselijke maat gaan hier niet samen. Nog niets geprobeerd.",
        ("chafesTried", true) => "The rule and the human dimension do not go together here. Nothing tried yet.",
        ("tried", false) => "Nog niets.",
        ("tried", true) => "Nothing yet.",
        ("wish", false) => "advies",
        ("wish", true) => "advice",
        ("deadline", false) => "geen",
        ("deadline", true) => "none",
        ("unit", _) => "IND",
        ("visibility", false) => "vertrouwelijk",
        ("visibility", true) => "confidential",
        _ => throw new InvalidOperationException($"No neutral answer for step {step}"),
    };

    // The step whose question the bot's last message asks (texts and cards alike).
    private string? AskedStep(IReadOnlyList<Activity> reply)
    {
        foreach (var message in reply.Reverse())
        {
            var all = new[] { message }.All();
            if (all.Contains("intake.safety")) return "safety";
            var step = _flow.Steps.FirstOrDefault(s => s.Id is not "confirm" && (all.Contains(s.Prompt.Nl) || all.Contains(s.Prompt.En)));
            if (step is not null) return step.Id;
        }
        return null;
    }

    // The summary card lists label/value pairs: two text blocks per container.
    private static Dictionary<string, string> Fields(JsonNode card)
    {
        var fields = new Dictionary<string, string>();
        void Walk(JsonNode? node)
        {
            if (node is JsonArray array)
            {
                foreach (var child in array) Walk(child);
                return;
            }
            if (node is not JsonObject o) return;
            if (o["items"] is JsonArray { Count: 2 } items && items.All(i => (string?)i?["type"] == "TextBlock"))
            {
                fields[(string)items[0]!["text"]!] = (string)items[1]!["text"]!;
            }
            foreach (var (_, child) in o) Walk(child);
        }
        Walk(card);
        return fields;
    }

    private StoryOutcome Read(List<string> asked, Dictionary<string, string> fields)
    {
        string? Field(string step)
        {
            foreach (var language in new[] { "nl", "en" })
            {
                if (fields.TryGetValue(_texts.Get("intake.field." + step, language), out var value))
                {
                    var mark = _texts.Get("intake.readFromStory", language, "");
                    if (value.EndsWith(mark, StringComparison.Ordinal)) value = value[..^mark.Length];
                    return value == _texts.Get("intake.notGiven", language) || value == _texts.Get("intake.tried.notMentioned", language) ? null : value;
                }
            }
            return null;
        }
        var wishText = Field("wish");
        var wish = Wishes.FirstOrDefault(w => wishText == _texts.Get("wish." + w, "nl") || wishText == _texts.Get("wish." + w, "en"));
        return new StoryOutcome(asked, wish, Deadline(Field("deadline")), Field("unit"), Field("chafes"), Field("tried"));
    }

    private string? Deadline(string? shown)
    {
        if (shown is null) return null;
        foreach (var language in new[] { "nl", "en" })
        {
            if (shown == _texts.Get("intake.noDeadline", language)) return "none";
            if (DateOnly.TryParseExact(shown, "d MMMM yyyy", CultureInfo.GetCultureInfo(language), DateTimeStyles.None, out var date))
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        return "unreadable: " + shown;
    }

    /// <summary>One person's personal chat, apart from every other story's.</summary>
    private sealed class Chat(BotApp app, string id, string locale)
    {
        private readonly ChannelAccount _person = new()
        {
            Id = "29:story-" + id,
            Name = "Verteller " + id,
            AadObjectId = $"00000000-0000-4000-9000-{string.Concat(id.Where(char.IsDigit)).PadLeft(12, '0')}",
        };

        private string Conversation => "a:story-" + id;

        public Task<IReadOnlyList<Activity>> SayAsync(string text) =>
            PostAsync(TestActivities.Message(text, Conversation, locale: locale));

        public Task<IReadOnlyList<Activity>> ClickAsync(string verb, object data) =>
            PostAsync(TestActivities.Execute(verb, data, Conversation, locale));

        private async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
        {
            var before = app.Messages.Count;
            var response = await app.PostAsync(activity with { From = _person, ServiceUrl = app.Connector.ServiceUrl });
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{id}: '{activity.Text}' got {(int)response.StatusCode}");
            return app.Messages.Skip(before).Where(m => m.Conversation?.Id == Conversation).ToList();
        }
    }
}
