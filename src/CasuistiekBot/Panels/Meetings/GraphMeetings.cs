using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>What became of one request to create, update or delete a meeting.</summary>
internal sealed record MeetingAttempt(string? MeetingId, string? JoinUrl, int Status, TimeSpan? RetryAfter)
{
    public bool Created => MeetingId is not null && JoinUrl is not null;

    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>Throttled, a server error or no answer: worth another try later.</summary>
    public bool Transient => !Succeeded && (Status is 0 or 408 or 429 || Status >= 500);
}

/// <summary>
/// Teams meetings organised by the configured account, with the panel's attendees by object id and the reference only as
/// subject. Creation is <c>POST /users/{organizer}/onlineMeetings/createOrGet</c> with the panel id as external id, so a
/// request whose answer was lost (a crash, a timeout) gives the same meeting back when tried again instead of a second
/// one. A move or a change of attendees is a <c>PATCH</c> of that meeting, a session called off its <c>DELETE</c>. Called
/// from the job, never in a turn.
/// </summary>
internal sealed class GraphMeetings(IHttpClientFactory clients, GraphTokenClient tokens, IOptions<GraphOptions> options, TimeProvider clock)
{
    public Task<MeetingAttempt> CreateOrGetAsync(Guid panelId, MeetingPlan plan, CancellationToken cancellationToken)
    {
        var body = Body(plan);
        body["externalId"] = panelId.ToString("N");
        return SendAsync(HttpMethod.Post, "/createOrGet", body, cancellationToken);
    }

    public Task<MeetingAttempt> UpdateAsync(string meetingId, MeetingPlan plan, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, "/" + Uri.EscapeDataString(meetingId), Body(plan), cancellationToken);

    /// <summary>Graph answers 204 once the meeting is gone, 404 when it was gone already.</summary>
    public Task<MeetingAttempt> DeleteAsync(string meetingId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, "/" + Uri.EscapeDataString(meetingId), null, cancellationToken);

    private static JsonObject Body(MeetingPlan plan) => new()
    {
        ["subject"] = plan.Subject,
        ["startDateTime"] = plan.Start.UtcDateTime.ToString("o"),
        ["endDateTime"] = plan.End.UtcDateTime.ToString("o"),
        ["participants"] = new JsonObject
        {
            ["attendees"] = new JsonArray([.. plan.Attendees.Select(id => (JsonNode)new JsonObject
            {
                ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = id } },
                ["role"] = "attendee",
            })]),
        },
    };

    private async Task<MeetingAttempt> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (await tokens.GetAsync(cancellationToken) is not { } token) return new MeetingAttempt(null, null, 0, null);
        using var request = new HttpRequestMessage(method, $"{o.BaseUrl.TrimEnd('/')}/users/{Uri.EscapeDataString(o.OrganizerUserId!)}/onlineMeetings{path}")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await clients.CreateClient(GraphTokenClient.HttpClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            // A deletion's answer has no meeting in it, whatever its status; only its status counts.
            if (method != HttpMethod.Delete && response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                && await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) is { } meeting
                && meeting["id"]?.GetValue<string>() is { } id && meeting["joinWebUrl"]?.GetValue<string>() is { } joinUrl)
            {
                return new MeetingAttempt(id, joinUrl, status, null);
            }
            return new MeetingAttempt(null, null, response.IsSuccessStatusCode && method == HttpMethod.Post ? 502 : status, RetryAfter(response));
        }
        catch (HttpRequestException)
        {
            return new MeetingAttempt(null, null, 0, null);
        }
        catch (System.Text.Json.JsonException)
        {
            return new MeetingAttempt(null, null, 502, null);   // an answer that is not a meeting: treated as a server error
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new MeetingAttempt(null, null, 0, null);   // timed out
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
