using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Retention;
using CasuistiekBot.Testing.OpenAi;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Welcome;

public sealed class PrivacyCardTests
{
    [Fact]
    public async Task The_card_says_who_sees_the_name_for_each_choice_and_what_is_kept_by_default()
    {
        await using var app = await BotApp.StartAsync();

        var card = CardOf(Assert.Single(await app.SayAsync("privacy")));

        Assert.Contains("Wie ziet wat, en wat bewaar ik?", card);
        Assert.Contains("Met naam, voor iedereen die betrokken is", card);
        Assert.Contains("Je naam zien alleen de coördinatoren.", card);
        Assert.Contains("Niemand ziet wie je bent, ook de coördinatoren niet.", card);
        Assert.Contains("tot 24 maanden nadat hij is afgesloten", card);
        Assert.Contains("Er leest geen taalmodel mee.", card);
    }

    [Fact]
    public async Task Changing_the_retention_and_switching_on_a_language_model_changes_the_card()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["Retention:ClosedCaseTextMonths"] = "36",
            ["AI:Endpoint"] = model.Endpoint,
            ["AI:Model"] = "casus-model",
        });

        var card = CardOf(Assert.Single(await app.SayAsync("wie ziet wat")));

        Assert.Contains("tot 36 maanden nadat hij is afgesloten", card);
        Assert.DoesNotContain("24 maanden", card);
        Assert.Contains($"Een taalmodel ({new Uri(model.Endpoint).Host}) leest", card);
        Assert.DoesNotContain("Er leest geen taalmodel mee.", card);
    }

    [Fact]
    public async Task Every_kind_the_scrubber_replaces_is_named_on_the_card_in_both_languages()
    {
        await using var app = await BotApp.StartAsync();
        var texts = app.Services.GetRequiredService<Texts>();

        var dutch = CardOf(Assert.Single(await app.SayAsync("privacy")));
        var english = CardOf(Assert.Single(await app.SayAsync("privacy", locale: "en-US")));

        Assert.All(PersonalDataKinds.All, kind => Assert.Contains(texts.Get("privacy.kind." + kind, "nl"), dutch));
        Assert.All(PersonalDataKinds.All, kind => Assert.Contains(texts.Get("privacy.kind." + kind, "en"), english));
        Assert.Contains("Who sees what, and what do I keep?", english);
        Assert.Contains("until 24 months after it is closed", english);
    }

    [Fact]
    public async Task The_welcome_and_help_cards_link_to_it_and_the_button_shows_it()
    {
        await using var app = await BotApp.StartAsync();

        var welcome = (await app.SayAsync("hallo")).Cards();
        var help = await (await app.PostAsync(app.Execute("help.show"))).Content.ReadAsStringAsync();
        var (shown, _) = await app.ClickAsync("privacy.show");

        Assert.Contains("\"verb\":\"privacy.show\"", welcome);
        Assert.Contains("\"verb\":\"privacy.show\"", help);
        Assert.Contains("Wie ziet wat, en wat bewaar ik?", shown!.ToJsonString());
    }

    [Fact]
    public async Task It_shows_nothing_about_the_asker_so_it_answers_in_a_channel_too()
    {
        await using var app = await TriageKit.StartAsync();

        var reply = await app.ReplyAsync(app.InChannel("privacy", TriageKit.Coordinator1));

        Assert.Contains("Wie ziet wat, en wat bewaar ik?", CardOf(reply));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    public void A_retention_outside_one_to_a_hundred_and_twenty_months_is_refused(string months)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:ClosedCaseTextMonths"] = months }).Build();
        using var services = new ServiceCollection().AddRetention(configuration).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RetentionOptions>>().Value);

        Assert.Contains("Retention:ClosedCaseTextMonths", failure.Message);
    }

    private static string CardOf(Activity activity)
    {
        var content = Assert.Single(activity.Attachments ?? []).Content;
        return JsonNode.Parse(content!.Value.GetRawText())!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
