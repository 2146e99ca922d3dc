using System.Net.Http.Headers;

namespace CasuistiekBot.Framework.Connector;

/// <summary>Puts the bot's bearer token on each outbound attempt, so a retry after a long wait gets a fresh one.</summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
