namespace CasuistiekBot.Signals;

/// <summary>A registered signal, or the text key that says why it was refused.</summary>
public sealed record SignalRegistration(Signal? Signal, string? Refusal)
{
    public static SignalRegistration Refused(string reason) => new(null, reason);
}
