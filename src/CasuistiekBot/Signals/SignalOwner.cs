namespace CasuistiekBot.Signals;

/// <summary>A person who owns (or is offered) a signal; the MT is where escalation and the digest go.</summary>
public sealed record SignalOwner(string AadObjectId, string Name, string? Mt);
