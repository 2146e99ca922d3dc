namespace CasuistiekBot.Signals;

/// <summary>The result of a transition: done (with the audit action) or refused (with the text key to show). Never silent.</summary>
public sealed record SignalChange(bool Succeeded, string Action, string? Refusal)
{
    public static SignalChange Done(string action) => new(true, action, null);

    public static SignalChange Refused(string reason) => new(false, "", reason);
}
