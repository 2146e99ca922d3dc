namespace CasuistiekBot.Signals;

/// <summary>What a card action did to a signal: the audit actions, or the text key of the refusal; and a notice for the owner.</summary>
internal sealed record SignalOutcome(string? Refusal, IReadOnlyList<string> Actions, string? Details = null, string? Notice = null, object[]? RefusalArgs = null)
{
    public static SignalOutcome Refused(string reason) => new(reason, []);

    public static SignalOutcome From(SignalChange change, string? details = null) =>
        change.Succeeded ? new SignalOutcome(null, [change.Action], details) : Refused(change.Refusal!);
}
