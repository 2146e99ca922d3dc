using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// Teams' advice for bot sends: honour Retry-After on 429, otherwise jittered exponential backoff, retry 412/502/503/504,
/// and keep the number of attempts bounded. Each attempt has its own time limit.
/// </summary>
internal sealed class ConnectorResiliencePipeline
{
    public ConnectorResiliencePipeline(IOptions<ConnectorOptions> options, TimeProvider time, ILogger<ConnectorResiliencePipeline> logger)
    {
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        // Polly refuses a retry strategy with no retries; MaxRetries = 0 (one attempt) simply has none.
        if (settings.MaxRetries > 0) builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { StatusCode: HttpStatusCode.TooManyRequests } } => !ConnectorRetryScope.ThrottlingIsLeftToCaller,
                    { Result: { } response } => IsTransient(response.StatusCode),
                    _ => false,
                }),
                DelayGenerator = args =>
                {
                    var wait = args.Outcome.Result is { } response ? RetryAfter.From(response, time) : null;
                    return ValueTask.FromResult(wait > settings.MaxRetryAfter ? settings.MaxRetryAfter : wait);
                },
                OnRetry = args =>
                {
                    var response = args.Outcome.Result;
                    ConnectorLog.Retrying(logger, response is null ? null : (int)response.StatusCode,
                        response is null ? null : ConnectorLog.OperationId(response), args.AttemptNumber + 1, args.RetryDelay,
                        args.Outcome.Exception?.GetType().Name);
                    response?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        Pipeline = builder.AddTimeout(settings.AttemptTimeout).Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
