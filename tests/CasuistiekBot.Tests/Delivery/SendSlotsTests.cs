using CasuistiekBot.Delivery;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Delivery;

public sealed class SendSlotsTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Slots_for_many_people_are_spread_evenly_and_no_window_of_a_second_and_the_margin_holds_more_than_the_rate()
    {
        var options = new DeliveryOptions { GlobalPerSecond = 30 };
        var slots = Slots(options);
        var interval = (TimeSpan.FromSeconds(1) + options.RateMargin) / 30;

        var times = Enumerable.Range(1, 300).Select(i => TakeWhenAllowed(slots, $"a:owner-{i:000}")).ToList();

        var window = TimeSpan.FromSeconds(1) + options.RateMargin;
        Assert.All(times, t => Assert.True(times.Count(s => s >= t && s < t + window) <= 30));
        // Never a burst: spaced by the pacer, at most two at once.
        Assert.All(Enumerable.Range(2, 298), k => Assert.True(times[k] - times[k - 2] >= interval, $"send {k} came {times[k] - times[k - 2]} after the one two before"));
        // And no time lost: the first window fills within its second, and every later send comes the moment the one 30
        // before it leaves the window.
        Assert.True(times[29] - times[0] < TimeSpan.FromSeconds(1));
        Assert.All(Enumerable.Range(30, 270), k => Assert.Equal(times[k - 30] + window, times[k]));
    }

    [Fact]
    public void A_conversation_held_back_by_its_own_limit_does_not_use_up_the_turn_of_another()
    {
        var options = new DeliveryOptions();
        var slots = Slots(options);
        var interval = (TimeSpan.FromSeconds(1) + options.RateMargin) / options.GlobalPerSecond;
        for (var i = 0; i < 7; i++) TakeWhenAllowed(slots, "a:busy");
        _clock.Advance(interval);

        Assert.True(slots.TryTake("a:busy") > interval, "The eighth send into one conversation waits for its own second");
        Assert.Equal(TimeSpan.Zero, slots.TryTake("a:other"));
    }

    private SendSlots Slots(DeliveryOptions options)
    {
        var wrapped = Options.Create(options);
        return new SendSlots(new DeliveryRateLimiter(wrapped, _clock), wrapped, _clock);
    }

    // As the worker does: waits exactly as long as told, then asks again.
    private DateTimeOffset TakeWhenAllowed(SendSlots slots, string conversation)
    {
        while (slots.TryTake(conversation) is var wait && wait > TimeSpan.Zero) _clock.Advance(wait);
        return _clock.GetUtcNow();
    }
}
