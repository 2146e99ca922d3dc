using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace CasuistiekBot.Framework.Auth;

/// <summary>The outcome of inbound authentication: an identity, or a reason meant for logs only (never for the caller).</summary>
public sealed class AuthenticationResult
{
    /// <summary>The <see cref="ClaimsIdentity.AuthenticationType"/> of requests accepted without a token.</summary>
    public const string AnonymousAuthenticationType = "anonymous";

    private AuthenticationResult(ClaimsIdentity? identity, string? failureReason)
    {
        Identity = identity;
        FailureReason = failureReason;
    }

    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null;

    public ClaimsIdentity? Identity { get; }

    public string? FailureReason { get; }

    /// <summary>True when the request was accepted without a token because no app id is configured.</summary>
    public bool IsAnonymous => Identity?.AuthenticationType == AnonymousAuthenticationType;

    public static AuthenticationResult Success(ClaimsIdentity identity) =>
        new(identity ?? throw new ArgumentNullException(nameof(identity)), null);

    public static AuthenticationResult Fail(string reason) =>
        new(null, string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("A reason is required.", nameof(reason)) : reason);

    internal static AuthenticationResult Anonymous() => new(new ClaimsIdentity([], AnonymousAuthenticationType), null);

    public override string ToString() => Succeeded ? $"Succeeded ({Identity.AuthenticationType})" : $"Failed: {FailureReason}";
}
