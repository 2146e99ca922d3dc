using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// Client-credentials tokens by a plain form POST (MSAL refuses the http authorities local fakes use). One request at a
/// time refreshes the cache; everyone else waits for it and shares the result.
/// </summary>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ClientCredentialsTokenProvider> logger) : IBotTokenProvider, IDisposable
{
    public const string HttpClientName = "CasuistiekBot.BotToken";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile AccessToken? _current;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && time.GetUtcNow() < fresh.RefreshAt) return fresh.Value;

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } refreshed && time.GetUtcNow() < refreshed.RefreshAt) return refreshed.Value;
            _current = await AcquireWithRetriesAsync(cancellationToken);
            return _current.Value;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<AccessToken> AcquireWithRetriesAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await AcquireAsync(cancellationToken);
            }
            catch (TransientTokenFailure failure) when (attempt < settings.TokenMaxRetries)
            {
                var delay = Backoff(settings, attempt);
                logger.LogWarning(failure, "Token request failed transiently (attempt {Attempt}); retrying in {Delay}", attempt + 1, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (TransientTokenFailure failure)
            {
                throw new BotTokenException($"No bot token after {attempt + 1} attempts: {failure.Message}", failure.InnerException);
            }
        }
    }

    private static TimeSpan Backoff(ConnectorOptions settings, int attempt)
    {
        var exponential = settings.RetryBaseDelay * Math.Pow(2, attempt) * (0.8 + 0.4 * Random.Shared.NextDouble());
        return exponential > settings.MaxRetryDelay ? settings.MaxRetryDelay : exponential;
    }

    private async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var bot = credentials.Value;
        var scope = bot.Scope.EndsWith("/.default", StringComparison.Ordinal) ? bot.Scope : bot.Scope.TrimEnd('/') + "/.default";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = bot.AppId!,
            ["client_secret"] = bot.AppPassword ?? string.Empty,
            ["scope"] = scope,
        });

        var requestedAt = time.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await httpClientFactory.CreateClient(HttpClientName).PostAsync(bot.TokenEndpoint, form, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new TransientTokenFailure(e.Message, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientTokenFailure("the token request timed out", e);
        }

        using (response)
        {
            var body = await ReadAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode && !string.IsNullOrEmpty(body?.AccessToken))
            {
                var lifetime = TimeSpan.FromSeconds(body.ExpiresIn ?? 3600);
                var margin = options.Value.TokenRefreshMargin < lifetime / 2 ? options.Value.TokenRefreshMargin : lifetime / 2;
                logger.LogInformation("Bot token acquired from {TokenEndpoint}, valid for {Lifetime}", bot.TokenEndpoint, lifetime);
                return new AccessToken(body.AccessToken, requestedAt + lifetime - margin);
            }

            var reason = $"{(int)response.StatusCode} {body?.Error} {body?.ErrorDescription}".Trim();
            if (IsTransient(response.StatusCode, body?.Error)) throw new TransientTokenFailure(reason);
            throw new BotTokenException($"The token endpoint refused the bot's credentials: {reason}");
        }
    }

    private static bool IsTransient(HttpStatusCode status, string? error) =>
        (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || error == "temporarily_unavailable";

    private static async Task<TokenResponse?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _refresh.Dispose();

    private sealed class TransientTokenFailure(string message, Exception? inner = null) : Exception(message, inner);
}
