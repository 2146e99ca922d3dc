using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Auth;

/// <summary>Decides whether an inbound <c>POST /api/messages</c> really comes from the Bot Framework for this bot.</summary>
public interface IInboundAuthenticator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity it carries. Never throws for a bad
    /// token: the result says why it failed, and the HTTP layer answers a bare 401.
    /// </summary>
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
