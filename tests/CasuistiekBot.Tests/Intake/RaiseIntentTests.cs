using CasuistiekBot.Intake;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Intake;

/// <summary>A short message that asks to raise a casus starts the intake instead of getting "I did not understand".</summary>
public sealed class RaiseIntentTests
{
    [Theory]
    [InlineData("Hoi, ik wil graag een casus inbrengen. Hoe werkt dat precies?")]
    [InlineData("kan ik hier iets voorleggen?")]
    [InlineData("Ik zou een dilemma willen bespreken")]
    [InlineData("Goedemorgen! Ik heb een situatie die ik wil melden.")]
    [InlineData("Hi, I'd like to raise a case please")]
    [InlineData("can I bring a case to the spreekuur?")]
    public void A_wish_to_raise_a_casus_is_recognised(string text) => Assert.True(RaiseIntent.IsExpressedIn(text));

    [Theory]
    [InlineData("ik wil geen casus inbrengen, alleen iets vragen")]
    [InlineData("hoe laat is het spreekuur?")]
    [InlineData("dank je wel")]
    [InlineData("I do not want to raise a case")]
    [InlineData("wat is de status van mijn casus?")]
    public void Other_short_messages_are_not_taken_for_one(string text) => Assert.False(RaiseIntent.IsExpressedIn(text));

    [Fact]
    public async Task Asking_how_to_raise_a_casus_starts_the_intake()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var reply = (await app.SayAsync("Hoi, ik wil graag een casus inbrengen. Hoe werkt dat precies?")).Texts();

        Assert.Contains("Fijn dat je dit wilt delen", reply);
        Assert.Contains("Vertel", reply);
        Assert.DoesNotContain("begreep ik niet", reply);
    }

    [Fact]
    public async Task Asking_in_english_starts_it_in_english()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var reply = (await app.SayAsync("Hi, I'd like to raise a case. How does this work?", "en-GB")).Texts();

        Assert.Contains("Thank you for wanting to share this", reply);
        Assert.DoesNotContain("did not quite understand", reply);
    }
}
