using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>What became of one attempt to create a meeting.</summary>
internal sealed record MeetingAttempt(string? MeetingId, string? JoinUrl, int Status, TimeSpan? RetryAfter)
{
    public bool Created => MeetingId is not null && JoinUrl is not null;

    /// <summary>Throttled, a server error or no answer: worth another try later.</summary>
    public bool Transient => !Created && (Status is 0 or 408 or 429 || Status >= 500);
}

/// <summary>
/// <c>POST /users/{organizer}/onlineMeetings</c>: a Teams meeting organised by the configured account, with the panel
/// members as attendees by object id. The subject carries the reference only. Called from the job, never in a turn.
/// </summary>
internal sealed class GraphMeetings(IHttpClientFactory clients, GraphTokenClient tokens, IOptions<GraphOptions> options, TimeProvider clock)
{
    public async Task<MeetingAttempt> CreateAsync(
        string subject, DateTimeOffset start, DateTimeOffset end, IEnumerable<string> attendeeIds, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (await tokens.GetAsync(cancellationToken) is not { } token) return new MeetingAttempt(null, null, 0, null);
        var body = new JsonObject
        {
            ["subject"] = subject,
            ["startDateTime"] = start.UtcDateTime.ToString("o"),
            ["endDateTime"] = end.UtcDateTime.ToString("o"),
            ["participants"] = new JsonObject
            {
                ["attendees"] = new JsonArray([.. attendeeIds.Select(id => (JsonNode)new JsonObject
                {
                    ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = id } },
                    ["role"] = "attendee",
                })]),
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{o.BaseUrl.TrimEnd('/')}/users/{Uri.EscapeDataString(o.OrganizerUserId!)}/onlineMeetings")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await clients.CreateClient(GraphTokenClient.HttpClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                && await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) is { } created
                && created["id"]?.GetValue<string>() is { } id && created["joinWebUrl"]?.GetValue<string>() is { } joinUrl)
            {
                return new MeetingAttempt(id, joinUrl, (int)response.StatusCode, null);
            }
            return new MeetingAttempt(null, null, (int)response.StatusCode, RetryAfter(response));
        }
        catch (HttpRequestException)
        {
            return new MeetingAttempt(null, null, 0, null);
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
