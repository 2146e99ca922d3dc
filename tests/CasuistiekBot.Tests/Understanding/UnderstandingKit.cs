using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Understanding;

/// <summary>An intake on a fixed clock (Monday 2 November 2026, 10:00 in Amsterdam), brought to the question under test.</summary>
internal static class UnderstandingKit
{
    public const string EnglishStory =
        "A mother of three asked for a payment plan for a fine she cannot pay at once. Our work instruction does not allow it " +
        "after the second reminder, which feels harsh and unfair because she has just lost her job and is doing her best.";

    public static Task<BotApp> StartAsync(FakeTimeProvider? clock = null) => BotApp.StartAsync(authenticated: false, clock: clock ?? new FakeTimeProvider(TestClock.Start));

    public static string Locale(string language) => language == "en" ? "en-US" : "nl-NL";

    /// <summary>The story (it says what chafes; what was tried is not asked); the next question is the wish.</summary>
    public static async Task ToWishAsync(BotApp app, string language)
    {
        var locale = Locale(language);
        await app.SayAsync(language == "en" ? "new case" : "nieuwe casus", locale);
        var wish = await app.SayAsync(language == "en" ? EnglishStory : IntakeTranscriptTests.Story, locale);
        Assert.Contains(language == "en" ? "What would you like your case to achieve" : "Wat wil je met je casus bereiken", wish.Texts());
    }

    public static async Task ToDeadlineAsync(BotApp app, string language)
    {
        await ToWishAsync(app, language);
        var deadline = await app.SayAsync(language == "en" ? "advice" : "advies", Locale(language));
        Assert.Contains(language == "en" ? "Is it urgent" : "Is er haast", deadline.Texts());
    }

    /// <summary>From the deadline question to the summary card, with the given deadline answer.</summary>
    public static async Task<IReadOnlyList<Activity>> ToSummaryAsync(BotApp app, string language, string deadline = "geen", string visibility = "2")
    {
        await ToDeadlineAsync(app, language);
        var locale = Locale(language);
        await app.SayAsync(deadline, locale);
        await app.SayAsync(language == "en" ? "IND, Asylum and Protection" : "IND, directie Asiel en Bescherming", locale);
        var summary = await app.SayAsync(visibility, locale);
        Assert.Contains("intake.submit", summary.Cards());
        return summary;
    }

    public static async Task<Casus> SubmittedAsync(BotApp app) => await IntakeTranscriptTests.SingleCasusAsync(app);
}
