using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Auth;

// Placeholder contract until the auth layer lands; replaced by the real one on merge.
public interface IInboundAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
