using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Roles;

/// <summary>
/// Whichever coordinators-only command or card someone else tries, they hear the same sentence, in their own language.
/// (Each slice's permission tests check that a refused action also changes nothing.)
/// </summary>
public sealed class CoordinatorGuardTests
{
    private const string Frontline = "00000000-0000-4000-8000-000000000101";
    private const string Dutch = "Alleen coördinatoren kunnen dit doen.";
    private const string English = "Only coordinators can do this.";

    [Theory]
    [InlineData("nieuw signaal", "nl-NL", Dutch)]
    [InlineData("uitkomst", "nl-NL", Dutch)]
    [InlineData("wie is", "nl-NL", Dutch)]
    [InlineData("new signal", "en-US", English)]
    [InlineData("record outcome", "en-US", English)]
    [InlineData("who is", "en-US", English)]
    public async Task A_coordinators_only_command_from_someone_else_is_refused_in_their_language(string command, string locale, string expected)
    {
        await using var app = await TriageKit.StartAsync();

        var reply = await app.ReplyAsync(app.Message(command, locale: locale) with { From = Someone(Frontline) });

        Assert.Equal(expected, reply.Text);
    }

    [Theory]
    [InlineData("triage.spreekuur")]
    [InlineData("panel.send")]
    [InlineData("session.open")]
    [InlineData("session.record")]
    [InlineData("session.close")]
    [InlineData("signal.register")]
    public async Task A_coordinators_only_card_clicked_by_someone_else_is_refused_in_their_language(string verb)
    {
        await using var app = await TriageKit.StartAsync();
        var data = new { casusId = Guid.NewGuid().ToString(), panelId = Guid.NewGuid().ToString(), version = 1 };

        var dutch = await Click(app, verb, data, "nl-NL");
        var english = await Click(app, verb, data, "en-US");

        Assert.Equal(Dutch, dutch?["value"]?.ToString());
        Assert.Equal(English, english?["value"]?.ToString());
    }

    [Fact]
    public async Task A_coordinator_passes_the_guard_and_hears_what_the_card_itself_answers()
    {
        await using var app = await TriageKit.StartAsync();

        var body = await Click(app, "triage.spreekuur", new { casusId = Guid.NewGuid().ToString(), version = 1 }, "nl-NL", TriageKit.Coordinator1);

        var answer = body?["value"]?.ToString();
        Assert.NotNull(answer);
        Assert.NotEqual(Dutch, answer);
        Assert.Contains("bestaat niet", answer);
    }

    // The invoke's answer, as Teams receives it in the HTTP reply.
    private static async Task<JsonNode?> Click(BotApp app, string verb, object data, string locale, string who = Frontline)
    {
        var response = await app.PostAsync(app.Execute(verb, data, locale) with { From = Someone(who) });
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static ChannelAccount Someone(string aad) => new() { Id = "29:" + aad, Name = "Test Gebruiker", AadObjectId = aad };
}
