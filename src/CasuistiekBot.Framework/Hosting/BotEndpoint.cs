using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: checks the request (content type 415, size 413, JSON 400), authenticates it (401),
/// runs the turn, and writes the invoke response or buffered replies into the same HTTP reply.
/// </summary>
internal sealed class BotEndpoint(
    IInboundAuthenticator authenticator,
    BotAdapter adapter,
    IOptions<BotEndpointOptions> options,
    ILogger<BotEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json.");
            return;
        }

        var body = await RequestBodyReader.ReadAsync(request, options.Value.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body is larger than {options.Value.MaxBodyBytes} bytes.");
            return;
        }

        if (!ActivityReader.TryRead(body, out var activity, out var problem))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "BadRequest", problem!);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity!, http.RequestAborted);
        if (!auth.Succeeded)
        {
            // The reason quotes claims of a token nobody has vouched for yet.
            logger.LogWarning("Rejected activity {ActivityId}: {Reason}", activity!.Id, LogValue.Safe(auth.FailureReason, 500));
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await RunTurnAsync(http, activity!, auth);
    }

    private async Task RunTurnAsync(HttpContext http, Activity activity, AuthenticationResult auth)
    {
        TurnResult result;
        try
        {
            result = await adapter.ProcessAsync(activity, auth.Identity!, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // Dependencies down (or a failure the error middleware could not absorb): let the channel retry.
            logger.LogWarning(exception, "Activity {ActivityId} could not be processed now", activity.Id);
            http.Response.Headers.RetryAfter = "5";
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot is temporarily unavailable; try again.");
            return;
        }

        if (result.InvokeResponse is { } invoke)
        {
            http.Response.StatusCode = invoke.Status;
            if (invoke.Body is not null) await WriteJsonAsync(http, invoke.Body);
        }
        else if (result.ExpectedReplies is { } replies)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            await WriteJsonAsync(http, new JsonObject { ["activities"] = JsonSerializer.SerializeToNode(replies, BotJson.Options) });
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType is null) return false;
        if (media.CharSet is { } charset && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return false;
        return media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return WriteJsonAsync(http, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }

    private static async Task WriteJsonAsync(HttpContext http, JsonNode body)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToJsonString(BotJson.Options), http.RequestAborted);
    }
}
