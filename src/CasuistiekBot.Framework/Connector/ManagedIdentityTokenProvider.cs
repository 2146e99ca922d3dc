using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CasuistiekBot.Framework.Connector;

/// <summary>Tokens for a user-assigned managed identity; MSAL caches them and renews them ahead of expiry itself.</summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<BotCredentialsOptions> credentials) : IBotTokenProvider
{
    private readonly Lazy<IManagedIdentityApplication> _app = new(() =>
        ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(credentials.Value.AppId!)).Build());

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.Value.AcquireTokenForManagedIdentity(credentials.Value.Scope).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException e)
        {
            throw new BotTokenException($"No managed identity token: {e.ErrorCode}", e);
        }
    }
}
