using System.Text.Json;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Intake;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Intake;

public sealed class AcuteDangerTests
{
    private const string DangerStory =
        "Ik ben bang dat hij zichzelf iets aandoet; hij zei dat hij het niet meer ziet zitten. Zijn aanvraag is afgewezen " +
        "en hij moet binnen vier weken vertrekken, terwijl zijn dochter hier naar school gaat.";

    [Fact]
    public async Task A_story_about_suicide_is_answered_with_care_and_the_crisis_steps_before_the_next_question()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");

        var reply = await app.SayAsync(DangerStory);

        var care = reply[0].Text!;
        Assert.Contains("112", care);
        Assert.Contains("113 Zelfmoordpreventie: 0800-0113", care);
        Assert.Contains("crisis- of calamiteitenprocedure", care);
        Assert.Contains("leidinggevende", care);
        Assert.Contains("urgent", care);
        Assert.DoesNotContain("Veilig Thuis", care);
        Assert.Contains("Wat wil je met je casus bereiken", reply.Skip(1).Texts());   // the story says what chafes
        Assert.True(await UrgentAsync(app));
    }

    [Fact]
    public async Task After_the_care_message_the_intake_goes_on_and_the_same_danger_is_not_answered_twice()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(DangerStory);

        var next = await app.SayAsync("Hij heeft het me gisteren aan de balie verteld en zei opnieuw dat hij zichzelf iets aandoet.");

        Assert.DoesNotContain("0800-0113", next.Texts());
        Assert.Contains("Wat wil je met je casus bereiken", next.Texts());
    }

    [Fact]
    public async Task An_english_story_about_a_threat_to_staff_gets_the_steps_in_english()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("new case", "en-US");

        var reply = await app.SayAsync(
            "A client who was refused a deferral came back to the counter, threatened my colleague with a knife and said he knows where she lives.", "en-US");

        var care = reply[0].Text!;
        Assert.Contains("Call **112**", care);
        Assert.Contains("report it as an incident", care);
        Assert.Contains("emergency procedure", care);
        Assert.Contains("manager", care);
        Assert.DoesNotContain("0800-0113", care);
        Assert.Contains("concrete", reply.Skip(1).Texts());
    }

    [Fact]
    public async Task A_suicide_risk_in_english_gets_the_113_line()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("new case", "en-US");

        var reply = await app.SayAsync("I am worried about a detainee: he told me this morning that he wants to end his life.", "en-US");

        Assert.Contains("113 Suicide Prevention: 0800-0113", reply[0].Text);
        Assert.Contains("concrete", reply.Skip(1).Texts());
    }

    [Theory]
    [InlineData("Er is geen sprake van bedreiging of geweld; de beslistermijn dreigt alleen te verlopen en dat schuurt met de menselijke maat.")]
    [InlineData("Stel dat een aanvrager dreigt zichzelf iets aan te doen, wat moet ik dan doen? Daar is nu niets over afgesproken in ons team.")]
    public async Task A_denied_or_hypothetical_danger_gets_no_care_message(string story)
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");

        var reply = await app.SayAsync(story);

        Assert.DoesNotContain("112", reply.Texts());
        Assert.False(await UrgentAsync(app));
    }

    [Fact]
    public async Task Danger_in_a_story_told_without_a_command_is_answered_before_anything_else()
    {
        await using var app = await BotApp.StartAsync();

        var reply = await app.SayAsync(
            "Vanochtend vertelde een moeder aan de balie dat haar ex gedreigd heeft haar te vermoorden als ze met de kinderen naar de opvang gaat.");

        Assert.Contains("112", reply[0].Text);
        Assert.Contains("Veilig Thuis", reply[0].Text);
        Assert.Contains("begin van een casus", reply.Skip(1).Texts());
    }

    [Fact]
    public async Task Danger_in_a_later_answer_is_answered_before_that_question_is_asked_again()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(IntakeTranscriptTests.Story);
        await app.SayAsync("1");

        var reply = await app.SayAsync("zo snel mogelijk, haar vader heeft gisteren gedreigd het kind iets aan te doen");

        Assert.Contains("Veilig Thuis", reply[0].Text);
        Assert.Contains("0800-2000", reply[0].Text);
        // Whether the date is understood or asked again, the intake goes on after the care message.
        var after = reply.Skip(1).Texts();
        Assert.True(after.Contains("datum", StringComparison.OrdinalIgnoreCase) || after.Contains("Bij welke organisatie", StringComparison.Ordinal), after);
        Assert.True(await UrgentAsync(app));
    }

    [Fact]
    public async Task The_organisation_s_own_crisis_procedure_comes_from_configuration()
    {
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["Safety:CrisisProcedure:nl"] = "Bel de piketdienst van je directie: 070-1234567.",
        });
        await app.SayAsync("nieuwe casus");

        var reply = await app.SayAsync(DangerStory);

        Assert.Contains("Bel de piketdienst van je directie: 070-1234567.", reply[0].Text);
    }

    private static async Task<bool> UrgentAsync(BotApp app)
    {
        var key = StateKeys.Conversation(app.Message("x")) + "/intake";
        var stored = await app.Services.GetRequiredService<IStateStore>().ReadAsync(key, CancellationToken.None);
        var state = stored is null ? null : JsonSerializer.Deserialize<IntakeState>(stored.Json, CasuistiekBot.Framework.Schema.BotJson.Options);
        return state?.Urgent == true;
    }
}
