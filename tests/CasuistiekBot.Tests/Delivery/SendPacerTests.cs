using CasuistiekBot.Delivery;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Delivery;

public sealed class SendPacerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void A_sender_that_takes_every_turn_sends_one_per_interval_after_a_first_pair()
    {
        var pacer = new SendPacer(Interval, tolerance: Interval);
        var start = _clock.GetUtcNow();

        var times = Enumerable.Range(0, 12).Select(_ => SendWhenAllowed(pacer)).ToList();

        Assert.Equal(start, times[0]);
        Assert.Equal([.. Enumerable.Range(0, 11).Select(k => start + (Interval * k))], times.Skip(1));
    }

    [Fact]
    public void A_send_that_comes_late_within_the_tolerance_costs_the_next_ones_nothing()
    {
        var pacer = new SendPacer(Interval, tolerance: Interval);
        for (var i = 0; i < 4; i++) SendWhenAllowed(pacer);
        var onSchedule = _clock.GetUtcNow() + Interval;

        _clock.Advance(Interval + TimeSpan.FromMilliseconds(60));
        pacer.Record(_clock.GetUtcNow());

        Assert.Equal(onSchedule + Interval, SendWhenAllowed(pacer));
        Assert.Equal(onSchedule + (Interval * 2), SendWhenAllowed(pacer));
    }

    [Fact]
    public void A_send_later_than_the_tolerance_moves_the_schedule_and_a_pause_saves_up_no_burst()
    {
        var pacer = new SendPacer(Interval, tolerance: Interval);
        SendWhenAllowed(pacer);
        SendWhenAllowed(pacer);

        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, pacer.WaitBeforeSend(_clock.GetUtcNow()));
        pacer.Record(_clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, pacer.WaitBeforeSend(_clock.GetUtcNow()));
        pacer.Record(_clock.GetUtcNow());
        Assert.Equal(Interval, pacer.WaitBeforeSend(_clock.GetUtcNow()));
    }

    // As SendSlots does: asks, waits exactly as long as told, and records the send when allowed.
    private DateTimeOffset SendWhenAllowed(SendPacer pacer)
    {
        while (pacer.WaitBeforeSend(_clock.GetUtcNow()) is var wait && wait > TimeSpan.Zero) _clock.Advance(wait);
        var now = _clock.GetUtcNow();
        pacer.Record(now);
        return now;
    }
}
