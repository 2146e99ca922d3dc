namespace CasuistiekBot.Framework.Auth;

/// <summary>Whether the app may start with its current authentication and listen addresses, and why.</summary>
public sealed record NetworkGuardDecision(bool IsAllowed, string Message);
