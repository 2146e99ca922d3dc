using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Intake;

/// <summary>A casus half told is the author's work: a failing button elsewhere in the chat must not throw it away.</summary>
public sealed class IntakeSurvivesFailureTests
{
    [Fact]
    public async Task An_intake_in_progress_survives_a_card_action_that_fails_with_a_bug()
    {
        await using var app = await BotApp.StartAsync(services: s => s.AddSingleton<ICardActionHandler>(new FailingHandler()));
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(IntakeTranscriptTests.Story);

        var (body, _) = await app.ClickAsync("test.fail");
        var next = await app.SayAsync("1");

        Assert.Equal(500, body!["statusCode"]!.GetValue<int>());
        Assert.Contains("Is er haast", next.Texts());
    }

    [Fact]
    public async Task An_intake_in_progress_survives_a_snooze_click_with_int_max_days()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        var chat = SignalKit.ChatOf(SignalKit.Owner);
        await app.SayAsync("nieuwe casus", conversationId: chat);
        Assert.Contains("Wat wil je met je casus bereiken", (await app.SayAsync(IntakeTranscriptTests.Story, conversationId: chat)).Texts());

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.snooze", signal, new { days = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var next = await app.SayAsync("1", conversationId: chat);

        Assert.Contains("Is er haast", next.Texts());
    }

    private sealed class FailingHandler : ICardActionHandler
    {
        public IReadOnlyCollection<string> Verbs { get; } = ["test.fail"];

        public Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a bug in a card button");
    }
}
