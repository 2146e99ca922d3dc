namespace CasuistiekBot.Dashboard;

/// <summary>A valid token's user, or why the token was refused (for the log, never shown to the caller).</summary>
internal sealed record SsoTokenCheck(SsoUser? User, string? Failure)
{
    public static SsoTokenCheck Valid(SsoUser user) => new(user, null);

    public static SsoTokenCheck Invalid(string failure) => new(null, failure);
}
