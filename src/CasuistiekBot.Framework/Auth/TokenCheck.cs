using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CasuistiekBot.Framework.Auth;

/// <summary>What <see cref="SignedTokenValidator"/> established: a token, its identity and the key that signed it, or why not.</summary>
internal sealed record TokenCheck(JsonWebToken? Token, ClaimsIdentity? Identity, BotSigningKey? Key, string? Failure)
{
    public static TokenCheck Valid(JsonWebToken token, ClaimsIdentity identity, BotSigningKey key) => new(token, identity, key, null);

    public static TokenCheck Invalid(string failure) => new(null, null, null, failure);
}
