using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Understanding;

// Choices answered in words, by place and with typos, in Dutch and English, at the intake's own questions.
public sealed class ChoiceAnswerTranscriptTests
{
    [Fact]
    public async Task Two_wishes_where_one_is_asked_are_asked_back_in_dutch()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToWishAsync(app, "nl");

        var back = await app.SayAsync("een gedeeld beeld en advies graag");
        Assert.Contains("meer dan één", back.Texts());
        Assert.Contains("1. Advies over de casus", back.Texts());
        Assert.Contains("2. Een gedeeld beeld met collega's en leidinggevenden", back.Texts());
        Assert.DoesNotContain("Typ het nummer of de naam", back.Texts());

        Assert.Contains("Is er haast", (await app.SayAsync("het gedeelde beeld")).Texts());
        await app.SayAsync("geen");
        await app.SayAsync("IND");
        await app.SayAsync("de laatste");
        await app.SayAsync("ja");

        var casus = await UnderstandingKit.SubmittedAsync(app);
        Assert.Equal(CasusWish.SharedView, casus.Wish);
        Assert.Equal(CasusVisibility.Anonymous, casus.Visibility);
    }

    [Fact]
    public async Task Two_wishes_where_one_is_asked_are_asked_back_in_english()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToWishAsync(app, "en");

        var back = await app.SayAsync("a shared view and advice please", "en-US");
        Assert.Contains("You named more than one", back.Texts());
        Assert.Contains("1. Advice on the case", back.Texts());
        Assert.Contains("2. A shared view with colleagues and managers", back.Texts());

        Assert.Contains("Is it urgent", (await app.SayAsync("the first", "en-US")).Texts());
        await app.SayAsync("no rush", "en-US");
        await app.SayAsync("IND", "en-US");
        await app.SayAsync("the last one", "en-US");
        await app.SayAsync("yes", "en-US");

        var casus = await UnderstandingKit.SubmittedAsync(app);
        Assert.Equal(CasusWish.Advice, casus.Wish);
        Assert.Equal(CasusVisibility.Anonymous, casus.Visibility);
    }

    [Theory]
    [InlineData("nl", "optie drie", "anonim", CasusWish.Signal, CasusVisibility.Anonymous)]
    [InlineData("nl", "ik wil het als signaal agenderen", "alleen de coördinatoren", CasusWish.Signal, CasusVisibility.Confidential)]
    [InlineData("nl", "vooral gehoord worden", "niet anoniem, mijn naam mag erbij", CasusWish.BeHeard, CasusVisibility.Named)]
    [InlineData("en", "option three", "anonymus", CasusWish.Signal, CasusVisibility.Anonymous)]
    [InlineData("en", "I'd like advise", "just the coordinators", CasusWish.Advice, CasusVisibility.Confidential)]
    public async Task Choices_are_taken_by_place_words_and_small_typos(string language, string wish, string visibility, string expectedWish, string expectedVisibility)
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToWishAsync(app, language);
        var locale = UnderstandingKit.Locale(language);

        Assert.Contains(language == "en" ? "Is it urgent" : "Is er haast", (await app.SayAsync(wish, locale)).Texts());
        await app.SayAsync(language == "en" ? "none" : "geen", locale);
        await app.SayAsync("IND", locale);
        Assert.Contains("intake.submit", (await app.SayAsync(visibility, locale)).Cards());
        await app.SayAsync(language == "en" ? "yes" : "ja", locale);

        var casus = await UnderstandingKit.SubmittedAsync(app);
        Assert.Equal(expectedWish, casus.Wish);
        Assert.Equal(expectedVisibility, casus.Visibility);
    }

    [Fact]
    public async Task An_answer_that_fits_no_choice_is_asked_again_with_a_hint()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToWishAsync(app, "nl");

        var again = await app.SayAsync("weet ik niet");

        Assert.Contains("niet aan een van de keuzes koppelen", again.Texts());
        Assert.Contains("Wat wil je met je casus bereiken", again.Texts());
    }
}
