using System.Net;
using System.Net.Http.Headers;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class RetryAfterTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Retry_after_in_seconds_is_a_delay()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)));

        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfter.From(response, _clock));
    }

    [Fact]
    public void Retry_after_as_an_http_date_is_the_time_until_that_date()
    {
        using var response = Throttled(new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(90)));

        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.From(response, _clock));
    }

    [Fact]
    public void A_retry_after_date_in_the_past_means_now()
    {
        using var response = Throttled(new RetryConditionHeaderValue(_clock.GetUtcNow().AddMinutes(-1)));

        Assert.Equal(TimeSpan.Zero, RetryAfter.From(response, _clock));
    }

    [Fact]
    public void No_retry_after_header_gives_no_delay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(RetryAfter.From(response, _clock));
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue retryAfter) =>
        new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };
}
