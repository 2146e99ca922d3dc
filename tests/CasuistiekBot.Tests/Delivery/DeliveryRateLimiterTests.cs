using CasuistiekBot.Delivery;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Delivery;

public sealed class DeliveryRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Sends_into_one_conversation_keep_to_every_teams_window()
    {
        var limiter = Limiter(new DeliveryOptions());

        var times = SendAll(limiter, "a:anna", 70);

        Assert.All(times, t => Assert.True(CountIn(times, t, TimeSpan.FromSeconds(1)) <= 7));
        Assert.All(times, t => Assert.True(CountIn(times, t, TimeSpan.FromSeconds(2)) <= 8));
        Assert.All(times, t => Assert.True(CountIn(times, t, TimeSpan.FromSeconds(30)) <= 60));
        Assert.Equal(7, CountIn(times, times[0], TimeSpan.FromSeconds(1)));
        Assert.True(times[60] - times[0] >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_hourly_limit_of_a_conversation_holds()
    {
        var limiter = Limiter(new DeliveryOptions { PerConversationPerHour = 100 });

        var times = SendAll(limiter, "a:anna", 101);

        Assert.True(times[100] - times[0] >= TimeSpan.FromHours(1));
        Assert.True(times[99] - times[0] < TimeSpan.FromHours(1));
    }

    [Fact]
    public void The_global_rate_counts_every_conversation_and_a_busy_conversation_does_not_hold_up_others()
    {
        var options = new DeliveryOptions { GlobalPerSecond = 10 };
        var limiter = Limiter(options);
        for (var i = 0; i < 7; i++) Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("a:busy"));
        Assert.True(limiter.TryAcquire("a:busy") > TimeSpan.Zero);

        for (var i = 0; i < 3; i++) Assert.Equal(TimeSpan.Zero, limiter.TryAcquire($"a:other-{i}"));

        // A second, and the margin that keeps a send that reaches Teams a little late out of the first one's window.
        Assert.Equal(TimeSpan.FromSeconds(1) + options.RateMargin, limiter.TryAcquire("a:eleventh"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryAcquire("a:eleventh") > TimeSpan.Zero);
        _clock.Advance(options.RateMargin);
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("a:eleventh"));
    }

    [Fact]
    public void A_conversation_blocked_after_a_429_waits_until_the_block_ends()
    {
        var limiter = Limiter(new DeliveryOptions());
        limiter.BlockConversation("a:anna", _clock.GetUtcNow() + TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), limiter.TryAcquire("a:anna"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("a:bram"));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("a:anna"));
    }

    private DeliveryRateLimiter Limiter(DeliveryOptions options) => new(Options.Create(options), _clock);

    // Sends as the worker would: when told to wait, it waits exactly that long and asks again.
    private List<DateTimeOffset> SendAll(DeliveryRateLimiter limiter, string conversation, int count)
    {
        var times = new List<DateTimeOffset>();
        while (times.Count < count)
        {
            var wait = limiter.TryAcquire(conversation);
            if (wait == TimeSpan.Zero) times.Add(_clock.GetUtcNow());
            else _clock.Advance(wait);
        }
        return times;
    }

    private static int CountIn(List<DateTimeOffset> times, DateTimeOffset from, TimeSpan span) =>
        times.Count(t => t >= from && t < from + span);
}
