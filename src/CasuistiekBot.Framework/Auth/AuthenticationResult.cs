using System.Security.Claims;

namespace CasuistiekBot.Framework.Auth;

// Placeholder contract until the auth layer lands; replaced by the real one on merge.
public sealed record AuthenticationResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;
}
