using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Auth;

/// <summary>Says at start which inbound authentication paths are open, so an operator sees a widened door in the first lines of the log.</summary>
internal sealed class AuthenticationPathsLog(
    IOptions<BotAuthenticationOptions> options,
    IOptions<EmulatorTokenOptions> emulator,
    ILogger<AuthenticationPathsLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAuthenticationDisabled)
        {
            logger.LogWarning("Inbound authentication is off (MicrosoftAppId is empty): activities without a token are accepted; a token that is sent is still validated");
        }
        else
        {
            logger.LogInformation("Inbound path open: Bot Connector tokens from {Issuer} for app {AppId}", settings.ToBotFromChannelTokenIssuer, settings.MicrosoftAppId);
        }

        if (!emulator.Value.AllowEmulatorTokens)
        {
            logger.LogInformation("Inbound path closed: Entra ID (Emulator) tokens (Bot:AllowEmulatorTokens is off)");
        }
        else
        {
            logger.LogWarning(
                "Inbound path open: Entra ID (Emulator) tokens for app {AppId} from the Bot Framework's issuers and tenant {TenantId}, replying to loopback serviceUrls and {ServiceUrls}",
                settings.MicrosoftAppId, settings.MicrosoftAppTenantId ?? "(none)", emulator.Value.EmulatorServiceUrls.Count == 0 ? "(none listed)" : string.Join(", ", emulator.Value.EmulatorServiceUrls));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
