namespace CasuistiekBot.Testing.Connector;

/// <summary>A scripted answer of <see cref="FakeConnectorServer"/>: a status (with error body and headers), a delay, or both.</summary>
public sealed record FakeResponse
{
    /// <summary>The status to answer with; <c>null</c> answers normally (after <see cref="Delay"/>).</summary>
    public int? StatusCode { get; init; }

    /// <summary>The <c>error.code</c> of the ErrorResponse body.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>A raw body that replaces the generated ErrorResponse.</summary>
    public string? Body { get; init; }

    /// <summary>The raw <c>Retry-After</c> header value (seconds or an HTTP date).</summary>
    public string? RetryAfter { get; init; }

    public TimeSpan Delay { get; init; }

    public static FakeResponse Status(int statusCode, string? errorCode = null) => new() { StatusCode = statusCode, ErrorCode = errorCode };

    public static FakeResponse Throttled(TimeSpan retryAfter) =>
        new() { StatusCode = 429, ErrorCode = "Throttled", RetryAfter = ((long)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public static FakeResponse Delayed(TimeSpan delay) => new() { Delay = delay };
}
