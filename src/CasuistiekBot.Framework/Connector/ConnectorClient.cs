using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// The Bot Connector v3 REST client. It takes a fresh <see cref="HttpClient"/> from the factory per call so it can live
/// as a singleton in background services; retries and tokens are the handlers' business, classification is this class's.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "CasuistiekBot.Connector";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<SendResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        (await CallAsync<ResourceResponse>("send", conversationId, HttpMethod.Post,
            () => ConnectorUri.Activities(serviceUrl, conversationId), activity, cancellationToken)).Outcome;

    public async Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        (await CallAsync<ResourceResponse>("reply", conversationId, HttpMethod.Post,
            () => ConnectorUri.Activity(serviceUrl, conversationId, activityId), activity with { ReplyToId = activity.ReplyToId ?? activityId }, cancellationToken)).Outcome;

    public async Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        (await CallAsync<ResourceResponse>("update", conversationId, HttpMethod.Put,
            () => ConnectorUri.Activity(serviceUrl, conversationId, activityId), activity with { Id = activityId }, cancellationToken)).Outcome;

    public async Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var outcome = (await CallAsync<ResourceResponse>("delete", conversationId, HttpMethod.Delete,
            () => ConnectorUri.Activity(serviceUrl, conversationId, activityId), null, cancellationToken)).Outcome;
        return outcome is SendResult.Sent ? new SendResult.Sent(activityId) : outcome;
    }

    public async Task<SendResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        (await CallAsync<ConversationResourceResponse>("create conversation", null, HttpMethod.Post,
            () => ConnectorUri.Conversations(serviceUrl), parameters, cancellationToken)).Outcome;

    public async Task<ConnectorResult<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        var (outcome, member) = await CallAsync<ChannelAccount>("get member", conversationId, HttpMethod.Get,
            () => ConnectorUri.Member(serviceUrl, conversationId, memberId), null, cancellationToken);
        return Read(outcome, member);
    }

    public async Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var (outcome, page) = await CallAsync<PagedMembersResult>("get paged members", conversationId, HttpMethod.Get,
            () => ConnectorUri.PagedMembers(serviceUrl, conversationId, pageSize, continuationToken), null, cancellationToken);
        return Read(outcome, page is null ? null : page with { Members = page.Members ?? [] });
    }

    private static ConnectorResult<T> Read<T>(SendResult outcome, T? value) where T : class =>
        outcome is SendResult.Sent && value is null
            ? new ConnectorResult<T>(null, new SendResult.Failed(null, "The connector answered without a body."))
            : new ConnectorResult<T>(value, outcome);

    private async Task<(SendResult Outcome, T? Value)> CallAsync<T>(
        string operation, string? conversationId, HttpMethod method, Func<Uri> uri, object? body, CancellationToken cancellationToken) where T : class
    {
        var result = await SendAsync<T>(operation, conversationId, method, uri, body, cancellationToken);
        BotTelemetry.ConnectorCalled(operation, result.Outcome.Name);
        return result;
    }

    private async Task<(SendResult Outcome, T? Value)> SendAsync<T>(
        string operation, string? conversationId, HttpMethod method, Func<Uri> uri, object? body, CancellationToken cancellationToken) where T : class
    {
        try
        {
            using var request = new HttpRequestMessage(method, uri());
            if (body is not null)
            {
                request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
                request.Content.Headers.ContentType = Json;
            }
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return Classify<T>(operation, conversationId, response, text);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or OperationCanceledException
                                        or BotTokenException or InvalidServiceUrlException)
        {
            var reason = e switch
            {
                OperationCanceledException => $"No answer within {options.Value.TotalTimeout}.",
                TimeoutRejectedException => $"No answer within {options.Value.AttemptTimeout} in any attempt.",
                _ => e.Message,
            };
            ConnectorLog.Unreachable(logger, e, operation, conversationId, reason);
            return (new SendResult.Failed(null, reason), null);
        }
    }

    private (SendResult Outcome, T? Value) Classify<T>(string operation, string? conversationId, HttpResponseMessage response, string body) where T : class
    {
        var status = (int)response.StatusCode;
        var operationId = ConnectorLog.OperationId(response);
        if (response.IsSuccessStatusCode)
        {
            ConnectorLog.Answered(logger, operation, conversationId, status, operationId);
            var value = Deserialize<T>(body);
            var id = value switch
            {
                ResourceResponse resource => resource.Id,
                ConversationResourceResponse conversation => conversation.Id,
                _ => null,
            };
            return (new SendResult.Sent(id), value);
        }

        var error = ErrorResponse.Parse(body);
        ConnectorLog.Refused(logger, operation, conversationId, status, error.Code, operationId);
        SendResult outcome = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new SendResult.Throttled(RetryAfter.From(response, time) ?? options.Value.MaxRetryAfter),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new SendResult.RecipientGone(status, error.Code),
            HttpStatusCode.RequestEntityTooLarge => new SendResult.TooLarge(),
            _ => new SendResult.Failed(status, $"{error.Code ?? response.ReasonPhrase}: {error.Message}".TrimEnd(' ', ':')),
        };
        return (outcome, null);
    }

    private static T? Deserialize<T>(string body) where T : class
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            // A delivered message with an odd body is still delivered; reads then report the missing value.
            return null;
        }
    }
}
