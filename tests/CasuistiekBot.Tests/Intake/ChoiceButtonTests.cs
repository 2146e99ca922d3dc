using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// Choices come as buttons: suggested actions for up to three options, a compact card for more. A button posts its
/// title as if typed, so tapping and typing reach the same answer.
/// </summary>
public sealed class ChoiceButtonTests
{
    [Fact]
    public async Task Four_wishes_come_as_a_card_whose_button_answers_the_question_and_three_visibilities_as_suggested_actions()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        await app.SayAsync("nieuwe casus");
        var wish = await app.SayAsync(IntakeTranscriptTests.Story);

        var card = Assert.Single(wish, a => a.Attachments is { Count: > 0 });
        var buttons = Buttons(card);
        Assert.Equal(["Advies over de casus", "Een gedeeld beeld met collega's en leidinggevenden",
            "Een signaal agenderen bij beleid of management", "Vooral gehoord worden"], buttons.Select(b => b.Title));
        Assert.All(buttons, b => Assert.Equal(b.Title, b.Value));
        Assert.Null(wish.Single(a => a.Text?.Contains("Wat wil je met je casus bereiken?") == true).SuggestedActions);

        // The Teams client posts the title as text; a client that sends the submit value instead is read the same way.
        var tapped = app.Message("") with { Value = JsonSerializer.SerializeToElement(new { msteams = new { type = "imBack", value = buttons[1].Title } }) };
        (await app.PostAsync(tapped)).EnsureSuccessStatusCode();
        await app.SayAsync("geen");
        var visibility = await app.SayAsync("IND, directie Asiel en Bescherming");

        var question = visibility.Single(a => a.Text?.Contains("Wie mag weten dat jij deze casus inbrengt?") == true);
        Assert.DoesNotContain("1.", question.Text);
        var suggested = question.SuggestedActions!.Actions;
        Assert.Equal(3, suggested.Count);
        Assert.All(suggested, s => Assert.Equal(SuggestedAction.ImBack, s.Type));
        var summary = await app.SayAsync(suggested[1].Value);

        var all = summary.All();
        Assert.Contains("Alleen de coördinatoren", all);
        Assert.Contains("\"Een gedeeld beeld\"", all);
    }

    [Fact]
    public async Task In_english_the_buttons_are_english_and_a_typed_answer_still_works()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        await app.SayAsync("new case", "en-US");
        await app.SayAsync("A mother with two young children has to leave the reception centre within four weeks, while her youngest is in " +
            "hospital for surgery. The rules leave no room for a delay, but this chafes with the human dimension and I do not know what to do.", "en-US");
        var wish = await app.SayAsync("I discussed it with my team leader.", "en-US");

        var buttons = Buttons(Assert.Single(wish, a => a.Attachments is { Count: > 0 }));
        Assert.Contains("Mainly to be heard", buttons.Select(b => b.Title));
        var next = await app.SayAsync("mostly I want to be heard", "en-US");
        Assert.DoesNotContain("didn't understand", next.Texts());
    }

    private static List<(string Title, string Value)> Buttons(Activity card)
    {
        var content = card.Attachments![0].Content!.Value;
        return [.. content.GetProperty("body").EnumerateArray()
            .SelectMany(set => set.GetProperty("actions").EnumerateArray())
            .Select(a => (a.GetProperty("title").GetString()!, a.GetProperty("data").GetProperty("msteams").GetProperty("value").GetString()!))];
    }
}
